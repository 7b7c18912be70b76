"""One order in full: customer, ship-to, lines and addresses (editable until packed), payments, notes, timeline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.errors import IllegalMove, StaleEdit
from desktop_oms.domain.money import format_amount
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.case_results import CaseDetail, CaseFilter, CaseRow
from desktop_oms.services.results import AddressData, OrderDetail, TimelineEntry
from desktop_oms.views.aftersales.desk import CaseDesk
from desktop_oms.views.aftersales.labels import (
    case_action_label,
    case_status_label,
    due_text,
    reason_label,
    refund_status_label,
    type_label,
)
from desktop_oms.views.aftersales.new_case import NewCaseDialog
from desktop_oms.views.messages import (
    action_label,
    error_text,
    ledger_kind_label,
    payment_method_label,
    payment_status_label,
    status_label,
)
from desktop_oms.views.orders.order_edit import LineEditBar, OrderEditor, ShipGroupsPanel
from desktop_oms.views.orders.queue_model import STATUS_COLOURS
from desktop_oms.views.tasks import TaskRunner

ADDRESS_FIELDS = ("name", "phone", "address1", "address2", "city", "province", "postcode", "country")


#: Edits whose refusal says "this order is past editing" rather than "cannot move to …".
EDIT_TARGETS = frozenset({"edit-lines", "edit-address", "remove-address"})


class OrderReader(OrderEditor, Protocol):
    def get_order(self, order_no: str, *, actor: Actor) -> OrderDetail: ...


class OrderDetailDialog(QDialog):
    """Non-modal, one per order; follows changes made elsewhere unless the user is mid-edit."""

    saved = Signal(str)

    def __init__(self, order_no: str, orders: OrderReader, tasks: TaskRunner, actor: Actor,
                 parent: QWidget | None = None, *, cases: CaseDesk | None = None,
                 open_case: Callable[[str], object] | None = None) -> None:
        super().__init__(parent)
        self.order_no = order_no
        self._orders, self._tasks, self._actor = orders, tasks, actor
        self._cases, self._open_case = cases, open_case
        self.detail: OrderDetail | None = None
        self.case_rows: list[CaseRow] = []
        self.new_case_dialog: NewCaseDialog | None = None
        self.setWindowTitle(self.tr("Order {0}").format(order_no))
        self.resize(980, 720)

        self.title = QLabel(order_no)
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.status = QLabel()
        self.facts = QLabel()
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)

        self.customer = QLabel()
        self.customer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer.setWordWrap(True)
        self.customer.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.address: dict[str, QLineEdit] = {}
        address_form = QFormLayout()
        labels = {"name": self.tr("Name"), "phone": self.tr("Phone"), "address1": self.tr("Address"),
                  "address2": self.tr("Address 2"), "city": self.tr("City"), "province": self.tr("Province/State"),
                  "postcode": self.tr("Postcode"), "country": self.tr("Country (2 letters)")}
        for field in ADDRESS_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"ship_{field}")
            edit.textEdited.connect(self._on_address_edited)
            self.address[field] = edit
            address_form.addRow(labels[field], edit)
        self.address["country"].setMaxLength(2)
        self.save_button = QPushButton(self.tr("Save address"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_address)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.setEnabled(False)
        self.revert_button.clicked.connect(self._on_revert_button_clicked)
        self.address_note = QLabel()
        self.address_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.address_note, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        address_form.addRow(buttons)

        self.lines = _table([self.tr("SKU"), self.tr("Product"), self.tr("Qty"), self.tr("Unit price"),
                             self.tr("Line total"), self.tr("Stock"), self.tr("Address")])
        self.lines.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.lines.itemSelectionChanged.connect(self._on_lines_item_selection_changed)
        self.line_bar = LineEditBar(actor, self._request_edit)
        remove_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.lines)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.line_bar.remove_selected)
        lines_page = QWidget()
        lines_layout = QVBoxLayout(lines_page)
        lines_layout.addWidget(self.lines, 1)
        lines_layout.addWidget(self.line_bar)
        self.groups = ShipGroupsPanel(actor, self._request_edit)
        self._last_edit = ""
        self.payments = _table([self.tr("Time"), self.tr("Kind"), self.tr("Method"), self.tr("Amount"),
                                self.tr("Status"), self.tr("Reference")])
        self.notes = QPlainTextEdit()
        self.notes.setReadOnly(True)
        self.timeline = _table([self.tr("Time"), self.tr("Who"), self.tr("What"), self.tr("Details")])
        self.cases = _table([self.tr("Case"), self.tr("Type"), self.tr("Status"), self.tr("Reason"),
                             self.tr("Owner"), self.tr("SLA due")])
        self.cases.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.cases.doubleClicked.connect(lambda _index: self.open_selected_case())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            open_case_key = QShortcut(QKeySequence(key), self.cases)
            open_case_key.setContext(Qt.ShortcutContext.WidgetShortcut)
            open_case_key.activated.connect(self.open_selected_case)
        self.new_case_button = QPushButton(self.tr("New case…"))
        self.new_case_button.setToolTip(self.tr("A return, exchange, refund or complaint on this order (Ctrl+K, "
                                                "then 1–4 for the type, Enter)"))
        self.new_case_button.clicked.connect(self.new_case)
        may_open = cases is not None and actor.can(Permission.HANDLE_CASES)
        self.new_case_button.setVisible(may_open)
        self.timeline.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        customer_box = QGroupBox(self.tr("Customer"))
        QVBoxLayout(customer_box).addWidget(self.customer)
        self.ship_box = ship_box = QGroupBox(self.tr("Ship to"))
        ship_box.setLayout(address_form)
        top = QGridLayout()
        top.addWidget(customer_box, 0, 0)
        top.addWidget(ship_box, 0, 1)
        top.setColumnStretch(0, 2)
        top.setColumnStretch(1, 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(lines_page, self.tr("Lines"))
        self.tabs.addTab(self.groups, self.tr("Addresses"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        if may_open:
            self.tabs.addTab(self.cases, self.tr("Cases"))
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.tabs, 1)
        timeline_box = QGroupBox(self.tr("Timeline"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(timeline_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.status)
        heading.addStretch(1)
        heading.addWidget(self.facts)
        heading.addWidget(self.new_case_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_address)
        if may_open:
            QShortcut(QKeySequence("Ctrl+K"), self, self.new_case)

    # -- loading ------------------------------------------------------------------------------

    @property
    def editing(self) -> bool:
        return self.save_button.isEnabled() or self.groups.editing or bool(self.line_bar.sku.text())

    def reload(self) -> None:
        self._tasks.submit(self._orders.get_order, self.order_no, actor=self._actor,
                           on_success=self._show, on_failure=self._on_failure)
        self._load_cases()

    def refresh(self) -> None:
        """A live update: reload, unless the user is in the middle of an edit (their text is kept)."""
        if not self.editing:
            self.reload()

    def _show(self, detail: OrderDetail) -> None:
        self.detail = detail
        self.title.setText(self.tr("Order {0}").format(detail.order_no))
        fg, bg = STATUS_COLOURS.get(detail.status, ("#333", "#eee"))
        self.status.setText(status_label(detail.status))
        self.status.setStyleSheet(f"color: {fg}; background: {bg}; border-radius: 8px; padding: 2px 10px;"
                                  " font-weight: bold;")
        self.facts.setText(self.tr("{0} · {1} · {2} {3} · {4} / {5}").format(
            f"{detail.created_at.astimezone():%Y-%m-%d %H:%M}", detail.channel, format_amount(detail.total),
            detail.currency, payment_method_label(detail.payment_method),
            payment_status_label(detail.payment_status)))
        self.customer.setText("\n".join(x for x in (detail.customer_name, detail.phone, detail.email) if x)
                              or self.tr("(no customer details)"))
        self._fill_address(detail.ship_to)
        first_packed = bool(detail.ship_groups) and detail.ship_groups[0].packed  # address 1's parcel
        may_edit = detail.editable_address and not first_packed and self._actor.can(Permission.EDIT_ORDERS)
        for edit in self.address.values():
            edit.setReadOnly(not may_edit)
        if not detail.editable_address or first_packed:
            self.address_note.setText(self.tr("The address is fixed once the order is packed."))
        elif not self._actor.can(Permission.EDIT_ORDERS):
            self.address_note.setText(self.tr("Your role may not change addresses."))
        else:
            self.address_note.setText("")
        self._set_editing(False)
        self.ship_box.setTitle(self.tr("Ship to (address 1)") if detail.multi_address else self.tr("Ship to"))
        self._fill_lines(detail)
        self.line_bar.show_detail(detail)
        self.groups.show_detail(detail)
        index = self.tabs.indexOf(self.groups)
        self.tabs.setTabText(index, self.tr("Addresses ({0})").format(len(detail.ship_groups))
                             if detail.multi_address else self.tr("Addresses"))
        self._fill_payments(detail)
        notes = [detail.notes]
        if detail.gift_message:
            notes.append(self.tr("Gift message: {0}").format(detail.gift_message))
        if detail.hold_reason:
            notes.append(self.tr("On hold because: {0}").format(detail.hold_reason))
        self.notes.setPlainText("\n\n".join(n for n in notes if n))
        self._fill_timeline(detail.timeline)

    def _fill_address(self, address: AddressData) -> None:
        for field in ADDRESS_FIELDS:
            self.address[field].setText(getattr(address, field))

    def _fill_lines(self, detail: OrderDetail) -> None:
        selected = self._selected_line_no()
        self.lines.blockSignals(True)
        self.lines.setRowCount(len(detail.lines))
        for row, line in enumerate(detail.lines):
            if line.shipped:
                stock = self.tr("{0} shipped").format(line.shipped)
            elif line.reserved >= line.qty:
                stock = self.tr("reserved")
            elif line.reserved:
                stock = self.tr("{0} of {1} reserved").format(line.reserved, line.qty)
            else:
                stock = self.tr("not reserved")
            values = [line.sku, line.name, str(line.qty), format_amount(line.unit_price),
                      format_amount(line.line_total), stock, str(line.ship_group)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 5:
                    colour = "#0f6b5c" if line.reserved >= line.qty or line.shipped else "#a11d1d"
                    item.setForeground(QBrush(QColor(colour)))
                item.setData(Qt.ItemDataRole.UserRole, line.line_no)
                self.lines.setItem(row, column, item)
        self.lines.setColumnHidden(6, not detail.multi_address)
        self.lines.resizeColumnsToContents()
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rows = [r for r, line in enumerate(detail.lines) if line.line_no == selected]
        if rows:
            self.lines.selectRow(rows[0])
        else:
            self.lines.clearSelection()
        self.lines.blockSignals(False)
        self.line_bar.select(self._selected_line_no())

    def _selected_line_no(self) -> int | None:
        rows = self.lines.selectionModel().selectedRows()
        item = self.lines.item(rows[0].row(), 0) if rows else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _on_lines_item_selection_changed(self) -> None:
        self.line_bar.select(self._selected_line_no())

    def _fill_payments(self, detail: OrderDetail) -> None:
        self.payments.setRowCount(len(detail.payments))
        kinds = {"payment": self.tr("Payment"), "refund": self.tr("Refund")}
        for row, p in enumerate(detail.payments):
            values = [f"{p.time.astimezone():%Y-%m-%d %H:%M}", kinds.get(p.kind, p.kind),
                      payment_method_label(p.method), f"{format_amount(p.amount)} {detail.currency}", p.status,
                      p.reference]
            for column, value in enumerate(values):
                self.payments.setItem(row, column, QTableWidgetItem(value))
        self.payments.resizeColumnsToContents()

    def _fill_timeline(self, entries: tuple[TimelineEntry, ...]) -> None:
        self.timeline.setRowCount(len(entries))
        for row, entry in enumerate(reversed(entries)):  # newest on top
            values = [f"{entry.time.astimezone():%Y-%m-%d %H:%M:%S}", entry.user, self._what(entry),
                      self._details(entry)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.timeline.setItem(row, column, item)
        self.timeline.resizeColumnToContents(0)
        self.timeline.resizeColumnToContents(1)
        self.timeline.resizeColumnToContents(2)

    def _what(self, entry: TimelineEntry) -> str:
        if entry.kind == "edit":
            return self._edit_what(entry)
        if entry.kind == "case":
            return self._case_what(entry)
        if entry.kind == "stock":
            return self.tr("{0} {1} × {2}").format(ledger_kind_label(entry.action), entry.qty, entry.sku)
        if entry.kind == "status" and entry.from_status and entry.to_status:
            return self.tr("{0} → {1}").format(status_label(entry.from_status), status_label(entry.to_status))
        if entry.kind == "payment":
            return self.tr("Payment") if entry.action == "payment" else self.tr("Refund")
        if entry.kind == "tracking":
            return self.tr("Tracking: {0}").format(entry.to_status or entry.action)
        return action_label(entry.action)

    def _case_what(self, entry: TimelineEntry) -> str:
        """A case's step on the order's timeline: "Case C-00001: Requested → Approved"."""
        if entry.from_status and entry.to_status:
            step = self.tr("{0} → {1}").format(case_status_label(entry.from_status),
                                               case_status_label(entry.to_status))
        elif entry.action.startswith("refund") and entry.to_status:
            step = self.tr("{0} ({1})").format(case_action_label(entry.action), refund_status_label(entry.to_status))
        else:
            step = case_action_label(entry.action)
        return self.tr("Case {0}: {1}").format(entry.ref, step)

    def _edit_what(self, entry: TimelineEntry) -> str:
        """An edit in words: "Line TEA-001 qty 2 → 3", "Line added: 1 × CUP-1", "Address 2 changed"."""
        n = entry.ship_group
        texts: dict[str, Callable[[], str]] = {
            "edit-line-qty": lambda: self.tr("Line {0} qty {1} → {2}").format(entry.sku, entry.before, entry.after),
            "edit-line-add": lambda: self.tr("Line added: {0} × {1}").format(entry.qty, entry.sku),
            "edit-line-remove": lambda: self.tr("Line removed: {0} × {1}").format(entry.qty, entry.sku),
            "edit-line-move": lambda: self.tr("{0} × {1} moved from address {2} to address {3}").format(
                entry.qty, entry.sku, entry.before, entry.after),
            "edit-address": lambda: self.tr("Address changed") if n <= 1 else self.tr(
                "Address {0} changed").format(n),
            "edit-group-add": lambda: self.tr("Address {0} added").format(n),
            "edit-group-remove": lambda: self.tr("Address {0} removed").format(n),
        }
        return texts[entry.action]() if entry.action in texts else action_label(entry.action)

    def _edit_details(self, entry: TimelineEntry) -> str:
        if entry.action == "edit-line-add":
            if entry.before:
                return self.tr("at {0} instead of the catalogue's {1}: {2}").format(entry.after, entry.before,
                                                                                   entry.reason)
            return self.tr("at {0}").format(entry.after) if entry.after else ""
        if entry.action == "edit-address" and (entry.before or entry.after):
            return self.tr("{0} → {1}").format(entry.before, entry.after)
        if entry.action == "edit-group-add":
            return entry.after
        return entry.reason

    def _details(self, entry: TimelineEntry) -> str:
        if entry.kind == "edit":
            return self._edit_details(entry)
        if entry.kind == "status" and entry.from_status and entry.to_status:
            return " · ".join(x for x in (action_label(entry.action), entry.reason) if x)
        return entry.reason

    # -- after-sales --------------------------------------------------------------------------

    def _load_cases(self) -> None:
        if self._cases is None or not self._actor.can(Permission.HANDLE_CASES):
            return
        self._tasks.submit(self._cases.list_cases, CaseFilter(order_no=self.order_no, include_done=True),
                           actor=self._actor, on_success=self._show_cases, on_failure=self._on_failure)

    def _show_cases(self, rows: list[CaseRow]) -> None:
        self.case_rows = rows
        now = datetime.now(UTC)
        self.cases.setRowCount(len(rows))
        for number, row in enumerate(rows):
            values = [row.case_no, type_label(row.type), case_status_label(row.status), reason_label(row.reason),
                      row.owner, due_text(row.sla_due, row.overdue, now)]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 5 and row.overdue:
                    item.setForeground(QBrush(QColor("#a11d1d")))
                self.cases.setItem(number, column, item)
        self.cases.resizeColumnsToContents()
        index = self.tabs.indexOf(self.cases)
        if index >= 0:
            self.tabs.setTabText(index, self.tr("Cases ({0})").format(len(rows)) if rows else self.tr("Cases"))

    def open_selected_case(self) -> None:
        rows = self.cases.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.case_rows) and self._open_case is not None:
            self._open_case(self.case_rows[rows[0].row()].case_no)

    def new_case(self) -> NewCaseDialog | None:
        """Ctrl+K: the new-case dialog on this order, its type list focused (1–4 picks, Enter saves)."""
        if self._cases is None or not self._actor.can(Permission.HANDLE_CASES):
            return None
        dialog = NewCaseDialog(self.order_no, self._cases, self._tasks, self._actor, self,
                               customer=self.detail.customer_name if self.detail is not None else "")
        dialog.case_opened.connect(self._on_case_opened)
        self.new_case_dialog = dialog
        dialog.open()
        dialog.types.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return dialog

    def _on_case_opened(self, detail: CaseDetail) -> None:
        self._say(self.tr("Case {0} opened.").format(detail.case_no), error=False)
        self.reload()
        if self._open_case is not None:
            self._open_case(detail.case_no)

    # -- editing ------------------------------------------------------------------------------

    def _on_address_edited(self, _text: str) -> None:
        if self.detail is None:
            return
        self._set_editing(self._typed_address() != self.detail.ship_to)

    def _set_editing(self, editing: bool) -> None:
        self.save_button.setEnabled(editing)
        self.revert_button.setEnabled(editing)

    def _on_revert_button_clicked(self) -> None:
        if self.detail is not None:
            self._fill_address(self.detail.ship_to)
            self._set_editing(False)

    def _typed_address(self) -> AddressData:
        return AddressData(**{f: self.address[f].text() for f in ADDRESS_FIELDS})

    def save_address(self) -> None:
        if self.detail is None or not self.save_button.isEnabled():
            return
        self.save_button.setEnabled(False)
        self._last_edit = "address"
        self._tasks.submit(self._orders.update_ship_to, self.order_no, self._typed_address(),
                           expected_version=self.detail.version, actor=self._actor,
                           on_success=self._on_saved, on_failure=self._on_failure)

    def _request_edit(self, method: str, *args: Any, done: str = "", error: str = "",
                      after: Callable[[], None] | None = None, **kwargs: Any) -> None:
        """Run one edit of the order (a service method by name) off the GUI thread, against the version
        on screen; on success show the fresh order and `done`, on refusal say why."""
        if error:
            self._say(error, error=True)
            return
        if self.detail is None:
            return
        self._last_edit = method

        def edited(detail: OrderDetail) -> None:
            self._show(detail)
            self._say(done, error=False)
            if after is not None:
                after()
            self.saved.emit(self.order_no)

        self._tasks.submit(getattr(self._orders, method), self.order_no, *args, expected_version=self.detail.version,
                           actor=self._actor, on_success=edited, on_failure=self._on_failure, **kwargs)

    def _on_saved(self, detail: OrderDetail) -> None:
        self._show(detail)
        self._say(self.tr("Address saved."), error=False)
        self.saved.emit(self.order_no)

    def _on_failure(self, error: BaseException) -> None:
        if isinstance(error, StaleEdit):
            if self._last_edit == "address":
                self._say(self.tr("This order was changed at another desk — reloaded. Your address was not "
                                  "saved; check the order and enter it again."), error=True)
            else:
                self._say(self.tr("This order was changed at another desk — reloaded. Your change was not "
                                  "saved; check the order and make it again."), error=True)
            self._set_editing(False)
            self.reload()
            return
        if isinstance(error, IllegalMove) and error.target in EDIT_TARGETS:
            self._say(self.tr("Order {0} is {1} now: its lines and addresses can no longer change.").format(
                self.order_no, status_label(error.current)), error=True)
            self.reload()
            return
        self._say(error_text(error), error=True)
        if self.detail is not None:
            self._set_editing(self._typed_address() != self.detail.ship_to)

    def _say(self, message: str, *, error: bool) -> None:
        self.banner.setText(message)
        colours = "color: #7a1414; background: #fde2e2;" if error else "color: #0f5132; background: #dcf5ef;"
        self.banner.setStyleSheet(f"{colours} padding: 6px; border-radius: 4px;")
        self.banner.setVisible(True)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table
