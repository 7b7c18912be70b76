"""A new order typed in at the desk, keyboard only: customer, scanned or typed lines, payment, ship-to, Ctrl+Enter.

All database work runs in the task runner; the service checks everything and its refusals are shown
under the field they name. The dialog holds one draft (order number and key) from its opening, so
saving twice never makes two orders.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.errors import InvalidValue
from desktop_oms.domain.intake import Address
from desktop_oms.domain.money import format_amount, line_total
from desktop_oms.domain.orders import PaymentMethod, PaymentStatus
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.order_entry_results import (
    CreatedOrder,
    CustomerMatch,
    DuplicateCustomer,
    EntryLine,
    NewOrder,
    OrderDraft,
    ProductMatch,
)
from desktop_oms.views.messages import error_text, payment_method_label, payment_status_label, value_message
from desktop_oms.views.orders.order_entry_widgets import (
    AddressForm,
    GroupDelegate,
    QtyDelegate,
    SearchField,
    error_label,
    show_error,
)
from desktop_oms.views.tables import set_up_list
from desktop_oms.views.tasks import TaskRunner

SKU, PRODUCT, AVAILABLE, QTY, PRICE, REASON, GROUP, TOTAL = range(8)
SHORT = QColor("#a11d1d")
#: The payment statuses a new order may start in, per kind of method (the service's rule).
START_STATUSES = {True: (PaymentStatus.COD_PENDING, PaymentStatus.COD_COLLECTED),
                  False: (PaymentStatus.PAID, PaymentStatus.UNPAID)}


class OrderEntry(Protocol):
    """What the dialog needs of the order entry service (services.order_entry.OrderEntryService fits)."""

    def new_draft(self, *, actor: Actor) -> OrderDraft: ...
    def search_customers(self, text_: str, *, actor: Actor, limit: int = 10) -> list[CustomerMatch]: ...
    def find_duplicates(self, *, phone: str = "", email: str = "", actor: Actor) -> list[DuplicateCustomer]: ...
    def address_book(self, customer_id: int, *, actor: Actor, limit: int = 20) -> list[Address]: ...
    def find_products(self, text_: str, *, actor: Actor, limit: int = 10) -> list[ProductMatch]: ...
    def create_order(self, new: NewOrder, *, actor: Actor) -> CreatedOrder: ...


@dataclass
class _Line:
    product: ProductMatch


class NewOrderDialog(QDialog):
    """`order_created(CreatedOrder)` once saved (the dialog then closes)."""

    order_created = Signal(object)

    def __init__(self, entry: OrderEntry, tasks: TaskRunner, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry, self._tasks, self._actor = entry, tasks, actor
        self._draft: OrderDraft | None = None
        self._customer: CustomerMatch | None = None
        self._duplicate: CustomerMatch | None = None
        self._lines: list[_Line] = []
        self._product_search = 0
        self._saved = False
        self.can_override = actor.can(Permission.OVERRIDE_PRICES)
        self.setWindowTitle(self.tr("New order"))
        self.resize(1000, 820)

        self.heading = QLabel(self.tr("New order"))
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self._build_customer()
        self._build_lines()
        self._build_payment_and_address()
        self.message = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save order  (Ctrl+Enter)"))
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self._lay_out()
        self.customer_search.setFocus()
        self._tasks.submit(self._entry.new_draft, actor=self._actor, on_success=self._on_draft,
                           on_failure=self._on_failed)

    # -- building

    def _build_customer(self) -> None:
        self.customer_search = SearchField(self.tr("Name, phone or e-mail — Down and Enter pick"))
        self.customer_search.search_requested.connect(self._on_customer_search_requested)
        self.customer_search.picked.connect(self._pick_customer)
        self.customer_search.entered.connect(lambda _text: self.customer_search.search_now())
        self.customer_label = QLabel(self.tr("New customer"))
        self.customer_label.setStyleSheet("font-weight: bold;")
        self.change_customer = QPushButton(self.tr("&New customer instead"))
        self.change_customer.setAutoDefault(False)
        self.change_customer.setVisible(False)
        self.change_customer.clicked.connect(self._forget_customer)
        self.new_name, self.new_phone, self.new_email = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.new_phone, self.new_email):
            edit.editingFinished.connect(self._check_duplicates)
        self.duplicate_label = QLabel()
        self.duplicate_label.setStyleSheet("color: #8a5a00;")
        self.duplicate_label.setWordWrap(True)
        self.use_duplicate = QPushButton(self.tr("&Use this customer"))
        self.use_duplicate.setAutoDefault(False)
        self.use_duplicate.clicked.connect(self._on_use_duplicate_clicked)
        self.duplicate_row = QWidget()
        row = QHBoxLayout(self.duplicate_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.duplicate_label, 1)
        row.addWidget(self.use_duplicate)
        self.duplicate_row.setVisible(False)
        self.field_errors = {name: error_label() for name in ("customer_name", "phone", "email", "payment_method",
                                                              "payment_status", "notes", "lines")}

    def _build_lines(self) -> None:
        self.product_search = SearchField(self.tr("Scan a barcode, or type SKU or name and Enter"))
        self.product_search.search_requested.connect(lambda text: self._find_products(text, add_exact=False))
        self.product_search.entered.connect(lambda text: self._find_products(text, add_exact=True))
        self.product_search.picked.connect(self._add_product)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Product"), self.tr("Available"),
                                              self.tr("Qty"), self.tr("Unit price"), self.tr("Price reason"),
                                              self.tr("Address"), self.tr("Total")])
        header = set_up_list(self.table, {SKU: 120, AVAILABLE: 80, QTY: 70, PRICE: 90, REASON: 170, GROUP: 70,
                                          TOTAL: 90})
        header.setSectionResizeMode(PRODUCT, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(QTY, QtyDelegate(self.table))
        self.table.setItemDelegateForColumn(GROUP, GroupDelegate(lambda: self.addresses.count(), self.table))
        self.table.setColumnHidden(REASON, not self.can_override)
        self.table.setColumnHidden(GROUP, True)
        self.table.setMinimumHeight(150)
        self.table.itemChanged.connect(lambda _item: self._update_totals())
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_current_line)
        self.total_label = QLabel()
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_label.setStyleSheet("font-weight: bold;")

    def _build_payment_and_address(self) -> None:
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(payment_method_label(method), str(method))
        self.status = QComboBox()
        self.method.currentIndexChanged.connect(lambda _i: self._fill_statuses())
        self._fill_statuses()
        self.addresses = QTabWidget()
        self.addresses.addTab(AddressForm(self._countries()), self.tr("Address 1"))
        self.add_address = QPushButton(self.tr("Add another add&ress"))
        self.add_address.setAutoDefault(False)
        self.add_address.setToolTip(self.tr("Send some lines to another address (Spring Festival gifts)"))
        self.add_address.clicked.connect(self._on_add_address_clicked)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        self.allocate = QCheckBox(self.tr("&Allocate at once"))
        self.allocate.setChecked(self._actor.can(Permission.ALLOCATE_ORDERS))
        self.allocate.setEnabled(self._actor.can(Permission.ALLOCATE_ORDERS))

    def _lay_out(self) -> None:
        customer = QGroupBox(self.tr("Customer"))
        form = QFormLayout(customer)
        search_label = QLabel(self.tr("&Find"))
        search_label.setBuddy(self.customer_search.edit)
        form.addRow(search_label, self.customer_search)
        picked = QHBoxLayout()
        picked.addWidget(self.customer_label, 1)
        picked.addWidget(self.change_customer)
        form.addRow(picked)
        form.addRow(self.tr("Name"), self._with_error(self.new_name, "customer_name"))
        form.addRow(self.tr("Phone"), self._with_error(self.new_phone, "phone"))
        form.addRow(self.tr("E-mail"), self._with_error(self.new_email, "email"))
        form.addRow(self.duplicate_row)

        lines = QGroupBox(self.tr("Lines"))
        column = QVBoxLayout(lines)
        add_row = QHBoxLayout()
        add_label = QLabel(self.tr("A&dd"))
        add_label.setBuddy(self.product_search.edit)
        add_row.addWidget(add_label)
        add_row.addWidget(self.product_search, 1)
        column.addLayout(add_row)
        column.addWidget(self.table, 1)
        column.addWidget(self.field_errors["lines"])
        column.addWidget(self.total_label)

        payment = QGroupBox(self.tr("Payment"))
        pay_form = QFormLayout(payment)
        method_label = QLabel(self.tr("Pa&yment"))
        method_label.setBuddy(self.method)
        pay_form.addRow(method_label, self._with_error(self.method, "payment_method"))
        pay_form.addRow(self.tr("Status"), self._with_error(self.status, "payment_status"))
        notes_label = QLabel(self.tr("N&otes"))
        notes_label.setBuddy(self.notes)
        pay_form.addRow(notes_label, self._with_error(self.notes, "notes"))
        pay_form.addRow(self.allocate)

        ship = QGroupBox(self.tr("Ship to"))
        ship_column = QVBoxLayout(ship)
        ship_column.addWidget(self.addresses)
        ship_column.addWidget(self.add_address, 0, Qt.AlignmentFlag.AlignLeft)

        left = QVBoxLayout()
        left.addWidget(customer)
        left.addWidget(payment)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(ship, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(lines, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        order = [self.customer_search.edit, self.new_name, self.new_phone, self.new_email, self.product_search.edit,
                 self.table, self.method, self.status, self.notes, self.allocate, self.addresses]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(self.field_errors[field])
        return box

    def _countries(self) -> list[tuple[str, str]]:
        names = [("CN", self.tr("China")), ("HK", self.tr("Hong Kong")), ("MO", self.tr("Macau")),
                 ("TW", self.tr("Taiwan")), ("SG", self.tr("Singapore")), ("MY", self.tr("Malaysia")),
                 ("JP", self.tr("Japan")), ("KR", self.tr("South Korea")), ("US", self.tr("United States")),
                 ("CA", self.tr("Canada")), ("GB", self.tr("United Kingdom")), ("DE", self.tr("Germany")),
                 ("FR", self.tr("France")), ("NL", self.tr("Netherlands")), ("AU", self.tr("Australia")),
                 ("NZ", self.tr("New Zealand"))]
        return [(code, f"{name} ({code})") for code, name in names]

    def address_form(self, number: int = 1) -> AddressForm:
        form = self.addresses.widget(number - 1)
        assert isinstance(form, AddressForm)
        return form

    # -- the draft

    def _on_draft(self, draft: OrderDraft) -> None:
        self._draft = draft
        self.heading.setText(self.tr("New order {0}").format(draft.order_no))
        self.setWindowTitle(self.tr("New order {0}").format(draft.order_no))
        self.save_button.setEnabled(True)

    # -- the customer

    def _on_customer_search_requested(self, text: str) -> None:
        def found(customers: list[CustomerMatch]) -> None:
            self._on_customers(text, customers)

        self._tasks.submit(self._entry.search_customers, text, actor=self._actor, on_success=found,
                           on_failure=self._on_failed)

    def _on_customers(self, asked: str, found: list[CustomerMatch]) -> None:
        if asked != self.customer_search.edit.text().strip():
            return  # the user typed on meanwhile; their newer search is on its way
        entries = [(" · ".join(x for x in (c.name, c.phone, c.email) if x), c) for c in found]
        self.customer_search.show_results(entries, "" if found else self.tr("No customer found: type a new one below."))
        if not found and not self.new_name.text() and not any(ch.isdigit() or ch == "@" for ch in asked):
            self.new_name.setText(asked)  # most likely the new customer's name

    def _pick_customer(self, customer: CustomerMatch) -> None:
        self._customer = customer
        self.customer_search.reset()
        self.customer_label.setText(" · ".join(x for x in (customer.name, customer.phone, customer.email) if x))
        self.change_customer.setVisible(True)
        for edit, value in ((self.new_name, customer.name), (self.new_phone, customer.phone),
                            (self.new_email, customer.email)):
            edit.setText(value)
            edit.setReadOnly(True)
        self.duplicate_row.setVisible(False)
        for name in ("customer_name", "phone", "email"):
            show_error(self.field_errors[name], "")
        self._tasks.submit(self._entry.address_book, customer.id, actor=self._actor,
                           on_success=self._on_address_book, on_failure=self._on_failed)
        self.product_search.setFocus()

    def _on_address_book(self, addresses: list[Address]) -> None:
        for number in range(1, self.addresses.count() + 1):
            form = self.address_form(number)
            previous = form.address()
            form.set_book(addresses)
            if number > 1 or not addresses:
                form.set_address(previous)
                form.book.setCurrentIndex(0)

    def _forget_customer(self) -> None:
        self._customer = None
        self.customer_label.setText(self.tr("New customer"))
        self.change_customer.setVisible(False)
        for edit in (self.new_name, self.new_phone, self.new_email):
            edit.setReadOnly(False)
            edit.clear()
        self.new_name.setFocus()

    def _check_duplicates(self) -> None:
        if self._customer is not None:
            return
        phone, email = self.new_phone.text().strip(), self.new_email.text().strip()
        if not phone and not email:
            self.duplicate_row.setVisible(False)
            return
        self._tasks.submit(self._entry.find_duplicates, phone=phone, email=email, actor=self._actor,
                           on_success=self._on_duplicates, on_failure=self._on_failed)

    def _on_use_duplicate_clicked(self) -> None:
        if self._duplicate is not None:
            self._pick_customer(self._duplicate)

    def _on_duplicates(self, found: list[DuplicateCustomer]) -> None:
        if self._customer is not None or not found:
            self._duplicate = None
            self.duplicate_row.setVisible(False)
            return
        first = found[0]
        self._duplicate = first.customer
        same = self.tr("the same phone") if first.field == "phone" else self.tr("the same e-mail")
        who = " · ".join(x for x in (first.customer.name, first.customer.phone, first.customer.email) if x)
        self.duplicate_label.setText(self.tr("⚠ {0} already has {1}. Pick them instead?").format(who, same))
        self.duplicate_row.setVisible(True)

    # -- lines

    def _find_products(self, text: str, *, add_exact: bool) -> None:
        if not text:
            return
        self._product_search += 1
        generation = self._product_search
        self._tasks.submit(self._entry.find_products, text, actor=self._actor,
                           on_success=lambda found: self._on_products(generation, text, found, add_exact),
                           on_failure=self._on_failed)

    def _on_products(self, generation: int, text: str, found: list[ProductMatch], add_exact: bool) -> None:
        if generation != self._product_search:
            return
        exact = [p for p in found if p.matched in ("barcode", "sku")]
        if add_exact and (len(exact) == 1 or len(found) == 1):
            self._add_product(exact[0] if exact else found[0])
            return
        entries = [(self.tr("{0}  {1}  · {2} available · {3}").format(p.sku, p.name, p.available,
                                                                      format_amount(p.price)), p) for p in found]
        hint = "" if found else self.tr("No active product “{0}”.").format(text)
        self.product_search.show_results(entries, hint)

    def _add_product(self, product: ProductMatch) -> None:
        self.product_search.reset()
        show_error(self.field_errors["lines"], "")
        for row, line in enumerate(self._lines):
            if line.product.sku == product.sku and self._group(row) == 1:  # a second scan: one more unit
                item = self.table.item(row, QTY)
                if item is not None:
                    item.setData(Qt.ItemDataRole.EditRole, int(item.data(Qt.ItemDataRole.EditRole)) + 1)
                self.table.setCurrentCell(row, QTY)
                return
        row = self.table.rowCount()
        self._lines.append(_Line(product))
        self.table.blockSignals(True)
        self.table.insertRow(row)
        values: dict[int, Any] = {SKU: product.sku, PRODUCT: product.name, AVAILABLE: product.available, QTY: 1,
                                  PRICE: format_amount(product.price), REASON: "", GROUP: 1, TOTAL: ""}
        for column, value in values.items():
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole if column in (QTY, GROUP, AVAILABLE) else
                         Qt.ItemDataRole.DisplayRole, value)
            editable = column == QTY or column == GROUP or (column in (PRICE, REASON) and self.can_override)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
            if column in (AVAILABLE, QTY, PRICE, TOTAL, GROUP):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, QTY)
        self._update_totals()

    def _remove_current_line(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._lines):
            self.table.removeRow(row)
            del self._lines[row]
            self._update_totals()

    def _group(self, row: int) -> int:
        item = self.table.item(row, GROUP)
        return int(item.data(Qt.ItemDataRole.EditRole) or 1) if item is not None else 1

    def _qty(self, row: int) -> int:
        item = self.table.item(row, QTY)
        return int(item.data(Qt.ItemDataRole.EditRole) or 0) if item is not None else 0

    def _price(self, row: int) -> Decimal | None:
        item = self.table.item(row, PRICE)
        try:
            return Decimal(item.text().strip().replace(",", ".")) if item is not None else None
        except InvalidOperation:
            return None

    def _update_totals(self) -> None:
        self.table.blockSignals(True)
        total = Decimal("0.00")
        for row, line in enumerate(self._lines):
            qty, price = self._qty(row), self._price(row)
            amount = line_total(qty, price) if price is not None and price >= 0 else None
            total += amount or 0
            cell = self.table.item(row, TOTAL)
            if cell is not None:
                cell.setText(format_amount(amount) if amount is not None else "—")
            available = self.table.item(row, AVAILABLE)
            if available is not None:
                short = line.product.available < qty
                available.setForeground(QBrush(SHORT) if short else QBrush())
                font = available.font()
                font.setBold(short)
                available.setFont(font)
                available.setToolTip(self.tr("Only {0} available: the order waits for stock (backordered)")
                                     .format(line.product.available) if short else "")
        self.table.blockSignals(False)
        count = sum(self._qty(row) for row in range(len(self._lines)))
        self.total_label.setText(self.tr("{0} items · total {1}").format(count, format_amount(total)))

    # -- payment and addresses

    def _fill_statuses(self) -> None:
        cod = self.method.currentData() == PaymentMethod.COD
        self.status.clear()
        for status in START_STATUSES[cod]:
            self.status.addItem(payment_status_label(status), str(status))

    def _on_add_address_clicked(self) -> None:
        form = AddressForm(self._countries())
        number = self.addresses.count() + 1
        self.addresses.addTab(form, self.tr("Address {0}").format(number))
        if self._customer is not None:
            def book(found: list[Address]) -> None:
                form.set_book(found)
                form.book.setCurrentIndex(0)
                form.set_address(Address(country="CN"))

            self._tasks.submit(self._entry.address_book, self._customer.id, actor=self._actor, on_success=book,
                               on_failure=self._on_failed)
        self.table.setColumnHidden(GROUP, False)
        self.addresses.setCurrentWidget(form)
        form.name.setFocus()

    # -- saving

    def new_order(self) -> NewOrder | None:
        if self._draft is None:
            return None
        lines = []
        for row, line in enumerate(self._lines):
            price = self._price(row)
            reason_item = self.table.item(row, REASON)
            same = price is not None and price == line.product.price
            lines.append(EntryLine(line.product.sku, self._qty(row),
                                   None if same or not self.can_override else price,
                                   reason_item.text().strip() if reason_item is not None else "", self._group(row)))
        more = tuple((number, self.address_form(number).address()) for number in range(2, self.addresses.count() + 1))
        customer = self._customer
        return NewOrder(
            draft=self._draft, ship_to=self.address_form(1).address(), lines=tuple(lines),
            payment_method=PaymentMethod(str(self.method.currentData())),
            payment_status=PaymentStatus(str(self.status.currentData())),
            customer_id=customer.id if customer is not None else None,
            customer_name=self.new_name.text().strip(), email=self.new_email.text().strip(),
            phone=self.new_phone.text().strip(), more_ship_to=more, notes=self.notes.toPlainText().strip(),
            allocate=self.allocate.isChecked())

    def save(self) -> None:
        new = self.new_order()
        if new is None or not self.save_button.isEnabled() or self._saved:
            return
        self._clear_errors()
        self._tasks.submit(self._entry.create_order, new, actor=self._actor, busy=self.save_button,
                           on_success=self._on_saved, on_failure=self._on_failed)

    def _on_saved(self, created: CreatedOrder) -> None:
        self._saved = True
        self.order_created.emit(created)
        self.accept()

    def _clear_errors(self) -> None:
        show_error(self.message, "")
        for label in self.field_errors.values():
            show_error(label, "")
        for number in range(1, self.addresses.count() + 1):
            self.address_form(number).clear_errors()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidValue):
            self.show_field_error(error.field, value_message(error.message))
        else:
            show_error(self.message, error_text(error))

    def show_field_error(self, field: str, text: str) -> None:
        """The service's refusal under the field it names, and the focus there."""
        head, _, rest = field.partition(".")
        target: QWidget
        if head == "ship_to" or head.startswith("ship_to_"):
            number = int(head.removeprefix("ship_to_")) if head != "ship_to" else 1
            if 1 <= number <= self.addresses.count():
                form = self.address_form(number)
                self.addresses.setCurrentWidget(form)
                target = form.show_field_error(rest, text)
            else:
                show_error(self.message, text)
                return
        elif head.startswith("line_"):
            row = int(head.removeprefix("line_")) - 1
            column = {"qty": QTY, "unit_price": PRICE, "price_reason": REASON, "ship_group": GROUP}.get(rest, SKU)
            if 0 <= row < self.table.rowCount():
                self.table.setCurrentCell(row, column)
            show_error(self.field_errors["lines"], self.tr("Line {0}: {1}").format(row + 1, text))
            target = self.table
        elif head in self.field_errors:
            show_error(self.field_errors[head], text)
            target = {"customer_name": self.new_name, "phone": self.new_phone, "email": self.new_email,
                      "payment_method": self.method, "payment_status": self.status, "notes": self.notes,
                      "lines": self.product_search.edit}[head]
        else:
            show_error(self.message, text)
            return
        target.setFocus()

    def reject(self) -> None:
        if self._lines and not self._saved:
            answer = QMessageBox.question(self, self.tr("New order"), self.tr("Discard this order?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
