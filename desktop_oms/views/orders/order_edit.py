"""The order detail's edit controls: a bar under the lines (add, quantity, remove, move) and one block per
delivery address. They only ask; the dialog runs each edit off the GUI thread and shows the answer."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.money import parse_amount
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services.results import AddressData, OrderDetail, ShipGroupData

ADDRESS_FIELDS = ("name", "phone", "address1", "address2", "city", "province", "postcode", "country")
MAX_QTY = 100_000

#: What the edit controls ask the dialog to run: the service method's name, its arguments, and the
#: sentence to show when it succeeded.
EditRequest = Callable[..., None]


class OrderEditor(Protocol):
    def update_ship_to(self, order_no: str, address: AddressData, *, expected_version: int, actor: Actor,
                       ship_group: int = 1) -> OrderDetail: ...

    def add_line(self, order_no: str, sku: str, qty: int, *, expected_version: int, actor: Actor,
                 unit_price: Decimal | None = None, price_reason: str = "", ship_group: int = 1) -> OrderDetail: ...

    def change_line_qty(self, order_no: str, line_no: int, qty: int, *, expected_version: int,
                        actor: Actor) -> OrderDetail: ...

    def remove_line(self, order_no: str, line_no: int, *, expected_version: int, actor: Actor) -> OrderDetail: ...

    def add_ship_group(self, order_no: str, address: AddressData, *, expected_version: int,
                       actor: Actor) -> OrderDetail: ...

    def move_line(self, order_no: str, line_no: int, ship_group: int, *, expected_version: int, actor: Actor,
                  qty: int | None = None) -> OrderDetail: ...

    def remove_ship_group(self, order_no: str, ship_group: int, *, expected_version: int,
                          actor: Actor) -> OrderDetail: ...


def may_edit_lines(detail: OrderDetail | None, actor: Actor) -> bool:
    return detail is not None and detail.editable_lines and actor.can(Permission.EDIT_ORDERS)


class LineEditBar(QWidget):
    """Under the lines table: the selected line's quantity, remove, move to an address; add by SKU."""

    def __init__(self, actor: Actor, request: EditRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor, self._request = actor, request
        self._detail: OrderDetail | None = None
        self._line_no: int | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")

        self.qty = _spin()
        self.qty.setToolTip(self.tr("The selected line's quantity"))
        self.set_qty_button = QPushButton(self.tr("Set quantity"))
        self.set_qty_button.clicked.connect(self._on_set_qty_button_clicked)
        self.qty.lineEdit().returnPressed.connect(self._on_qty_return_pressed)
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.move_to = QComboBox()
        self.move_to.setToolTip(self.tr("The address the units go to"))
        self.move_qty = _spin()
        self.move_qty.setToolTip(self.tr("How many of the line's units move (all of them splits nothing)"))
        self.move_button = QPushButton(self.tr("Move"))
        self.move_button.clicked.connect(self._on_move_button_clicked)

        self.sku = QLineEdit()
        self.sku.setObjectName("add_sku")
        self.sku.setPlaceholderText(self.tr("SKU"))
        self.sku.setMaximumWidth(160)
        self.sku.returnPressed.connect(self.add)
        self.add_qty = _spin()
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("catalogue price"))
        self.price.setMaximumWidth(120)
        self.price.setToolTip(self.tr("Leave empty for the catalogue's price; another price needs a reason"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why this price"))
        self.add_to = QComboBox()
        for combo in (self.move_to, self.add_to):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.clicked.connect(self.add)
        may_override = actor.can(Permission.OVERRIDE_PRICES)
        self.price.setVisible(may_override)
        self.reason.setVisible(may_override)

        selected = QHBoxLayout()
        selected.addWidget(QLabel(self.tr("Selected line:")))
        selected.addWidget(self.qty)
        selected.addWidget(self.set_qty_button)
        selected.addWidget(self.remove_button)
        selected.addSpacing(16)
        self.move_label = QLabel(self.tr("Send"))
        self.move_to_label = QLabel(self.tr("of it to"))
        for widget in (self.move_label, self.move_qty, self.move_to_label, self.move_to, self.move_button):
            selected.addWidget(widget)
        selected.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(QLabel(self.tr("Add:")))
        adding.addWidget(self.sku)
        adding.addWidget(QLabel(self.tr("Qty")))
        adding.addWidget(self.add_qty)
        adding.addWidget(self.price)
        adding.addWidget(self.reason, 1)
        adding.addWidget(self.add_to)
        adding.addWidget(self.add_button)
        if not may_override:
            adding.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(selected)
        layout.addLayout(adding)
        layout.addWidget(self.note)
        self._enable()

    def show_detail(self, detail: OrderDetail) -> None:
        self._detail = detail
        groups = [g.ship_group for g in detail.ship_groups]
        for combo in (self.move_to, self.add_to):
            current = combo.currentData()
            combo.clear()
            for number in groups:
                combo.addItem(self.tr("Address {0}").format(number), number)
            if current in groups:
                combo.setCurrentIndex(groups.index(current))
        for widget in (self.move_label, self.move_qty, self.move_to_label, self.move_to, self.move_button):
            widget.setVisible(detail.multi_address)
        self.add_to.setVisible(detail.multi_address)
        if not self._actor.can(Permission.EDIT_ORDERS):
            self.note.setText(self.tr("Your role may not change orders."))
        elif detail.claimed_by:
            self.note.setText(self.tr("The lines are fixed while packing station {0} has the order.").format(
                detail.claimed_by))
        elif not detail.editable_lines:
            self.note.setText(self.tr("The lines are fixed once the order is packed."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self.select(self._line_no)

    def select(self, line_no: int | None) -> None:
        """The line picked in the table (None: none)."""
        line = self._line(line_no)
        self._line_no = line.line_no if line is not None else None
        if line is not None:
            self.qty.setValue(line.qty)
            self.move_qty.setValue(line.qty)
            self.move_qty.setMaximum(line.qty)
            others = [i for i in range(self.move_to.count()) if self.move_to.itemData(i) != line.ship_group]
            if others and self.move_to.currentData() == line.ship_group:
                self.move_to.setCurrentIndex(others[0])
        self._enable()

    def _line(self, line_no: int | None) -> Any:
        if self._detail is None or line_no is None:
            return None
        return next((ln for ln in self._detail.lines if ln.line_no == line_no), None)

    def _enable(self) -> None:
        may = may_edit_lines(self._detail, self._actor)
        line = self._line(self._line_no)
        for widget in (self.qty, self.set_qty_button, self.remove_button, self.move_qty, self.move_button,
                       self.move_to):
            widget.setEnabled(may and line is not None)
        if may and line is not None and self._detail is not None and self._packed(line.ship_group):
            for widget in (self.qty, self.set_qty_button, self.remove_button, self.move_qty, self.move_button):
                widget.setEnabled(False)  # that address's parcel is packed already
        elif may and line is not None and self._detail is not None:
            self.remove_button.setEnabled(len(self._detail.lines) > 1)
            self.move_button.setEnabled(self.move_to.currentData() != line.ship_group)
        adding: tuple[QWidget, ...] = (self.sku, self.add_qty, self.price, self.reason, self.add_to, self.add_button)
        for field in adding:
            field.setEnabled(may)

    def _packed(self, ship_group: int) -> bool:
        groups = self._detail.ship_groups if self._detail is not None else ()
        return any(g.ship_group == ship_group and g.packed for g in groups)

    # -- asking --------------------------------------------------------------------------------

    def _on_set_qty_button_clicked(self) -> None:
        line = self._line(self._line_no)
        if line is not None and self.qty.value() != line.qty:
            self._request("change_line_qty", line.line_no, self.qty.value(),
                          done=self.tr("Line {0}: quantity {1} → {2}.").format(line.sku, line.qty, self.qty.value()))

    def _on_qty_return_pressed(self) -> None:
        if self.set_qty_button.isEnabled():
            self._on_set_qty_button_clicked()

    def remove_selected(self) -> None:
        line = self._line(self._line_no)
        if line is not None and self.remove_button.isEnabled():
            self._request("remove_line", line.line_no, done=self.tr("Line {0} removed.").format(line.sku))

    def _on_move_button_clicked(self) -> None:
        line = self._line(self._line_no)
        target = self.move_to.currentData()
        if line is None or target is None or target == line.ship_group:
            return
        qty = self.move_qty.value()
        self._request("move_line", line.line_no, int(target), qty=None if qty >= line.qty else qty,
                      done=self.tr("{0} × {1} moved to address {2}.").format(qty, line.sku, target))

    def add(self) -> None:
        sku = self.sku.text().strip()
        if not sku or not self.add_button.isEnabled():
            return
        price: Decimal | None = None
        if self.price.isVisible() and self.price.text().strip():
            try:
                price = parse_amount(self.price.text())
            except ValueError:
                self._request("", error=self.tr("The price “{0}” is not an amount such as 12.50.").format(
                    self.price.text()))
                return
        group = self.add_to.currentData() if self.add_to.isVisible() else 1
        self._request("add_line", sku, self.add_qty.value(), unit_price=price, price_reason=self.reason.text(),
                      ship_group=int(group or 1), done=self.tr("Line {0} added.").format(sku),
                      after=self._clear_added)

    def _clear_added(self) -> None:
        for edit in (self.sku, self.price, self.reason):
            edit.clear()
        self.add_qty.setValue(1)


class AddressForm(QWidget):
    """The eight fields of an address in two columns; says when its text differs from what was loaded."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, prefix: str = "") -> None:
        super().__init__(parent)
        labels = {"name": self.tr("Name"), "phone": self.tr("Phone"), "address1": self.tr("Address"),
                  "address2": self.tr("Address 2"), "city": self.tr("City"), "province": self.tr("Province/State"),
                  "postcode": self.tr("Postcode"), "country": self.tr("Country (2 letters)")}
        self.fields: dict[str, QLineEdit] = {}
        self._loaded = AddressData("", "", "", "", "", "", "", "")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, name in enumerate(ADDRESS_FIELDS):
            edit = QLineEdit()
            edit.setObjectName(f"{prefix}{name}")
            edit.textEdited.connect(lambda _text: self.changed.emit())
            self.fields[name] = edit
            grid.addWidget(QLabel(labels[name]), n // 2, (n % 2) * 2)
            grid.addWidget(edit, n // 2, (n % 2) * 2 + 1)
        self.fields["country"].setMaxLength(2)

    def load(self, address: AddressData) -> None:
        self._loaded = address
        for name in ADDRESS_FIELDS:
            self.fields[name].setText(getattr(address, name))

    def typed(self) -> AddressData:
        return AddressData(**{f: self.fields[f].text() for f in ADDRESS_FIELDS})

    @property
    def dirty(self) -> bool:
        return self.typed() != self._loaded

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.fields.values():
            edit.setReadOnly(read_only)


class ShipGroupBlock(QGroupBox):
    """One delivery address: packed or not, its parcels, its lines, its address (editable until packed)."""

    def __init__(self, detail: OrderDetail, group: ShipGroupData, actor: Actor, request: EditRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self._request = request
        self.setTitle(self.tr("Address {0}").format(group.ship_group))
        if group.packed_at is not None:
            state = self.tr("Packed by {0} at {1}").format(group.packed_by or "?",
                                                           f"{group.packed_at.astimezone():%Y-%m-%d %H:%M}")
        else:
            state = self.tr("Not packed yet")
        parcels = [f"{s.carrier} {s.tracking_no}" for s in group.shipments]
        if parcels:
            state = self.tr("{0} · shipped: {1}").format(state, ", ".join(parcels))
        self.state = QLabel(state)
        self.state.setStyleSheet("font-weight: bold; color: #0f6b5c;" if group.packed else "color: #555;")
        lines = detail.lines_of(group.ship_group)
        self.lines = QLabel("\n".join(f"{ln.qty} × {ln.sku}  {ln.name}" for ln in lines)
                            or self.tr("(no lines: move some here, or remove this address)"))
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = AddressForm(prefix=f"group{group.ship_group}_")
        self.form.load(group.address)
        may = actor.can(Permission.EDIT_ORDERS)
        self.form.set_read_only(not (group.editable and may))
        self.form.setVisible(group.ship_group != 1)  # address 1 is edited in the dialog's Ship to box
        self.save_button = QPushButton(self.tr("Save address"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.form.changed.connect(lambda: self.save_button.setEnabled(self.form.dirty))
        self.remove_button = QPushButton(self.tr("Remove address"))
        self.remove_button.setVisible(group.ship_group != 1)
        self.remove_button.setEnabled(may and not lines and not group.packed and not group.shipments
                                      and detail.editable_lines)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons = QHBoxLayout()
        a = group.address
        note = self.tr("The order's ship-to (edited above): {0}").format(
            ", ".join(x for x in (a.name, a.address1, a.city) if x)) if group.ship_group == 1 else ""
        if group.ship_group != 1 and not group.editable:
            note = self.tr("The address is fixed once the parcel is packed.")
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        self.save_button.setVisible(group.ship_group != 1)
        layout = QFormLayout(self)
        layout.addRow(self.state)
        layout.addRow(self.tr("Lines"), self.lines)
        layout.addRow(self.form)
        layout.addRow(buttons)

    @property
    def editing(self) -> bool:
        return self.save_button.isEnabled()

    def save(self) -> None:
        if self.editing:
            self._request("update_ship_to", self.form.typed(), ship_group=self.group.ship_group,
                          done=self.tr("Address {0} saved.").format(self.group.ship_group), busy=self.save_button)

    def _on_remove_button_clicked(self) -> None:
        self._request("remove_ship_group", self.group.ship_group,
                      done=self.tr("Address {0} removed.").format(self.group.ship_group))


class ShipGroupsPanel(QWidget):
    """The Addresses tab: one block per delivery address, and a form to add another."""

    def __init__(self, actor: Actor, request: EditRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor, self._request = actor, request
        self.blocks: list[ShipGroupBlock] = []
        self._blocks = QVBoxLayout()
        self.new_address = AddressForm(prefix="new_")
        self.new_address.changed.connect(self._enable_add)
        self.add_button = QPushButton(self.tr("Add address"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.hint = QLabel(self.tr("Sending parts of the order elsewhere (a gift)? Add the address, then move "
                                   "lines to it from the Lines tab."))
        self.hint.setWordWrap(True)
        self.adding = QGroupBox(self.tr("Another delivery address"))
        add_layout = QVBoxLayout(self.adding)
        add_layout.addWidget(self.hint)
        add_layout.addWidget(self.new_address)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        add_layout.addLayout(row)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self._blocks)
        inner_layout.addWidget(self.adding)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._may_add = False

    @property
    def editing(self) -> bool:
        return any(b.editing for b in self.blocks) or self.new_address.dirty

    def show_detail(self, detail: OrderDetail) -> None:
        for block in self.blocks:
            self._blocks.removeWidget(block)
            block.deleteLater()
        self.blocks = []
        if detail.multi_address:
            for group in detail.ship_groups:
                block = ShipGroupBlock(detail, group, self._actor, self._request)
                self._blocks.addWidget(block)
                self.blocks.append(block)
        self._may_add = may_edit_lines(detail, self._actor)
        self.new_address.set_read_only(not self._may_add)
        self._enable_add()

    def _enable_add(self) -> None:
        self.add_button.setEnabled(self._may_add and self.new_address.dirty)

    def add(self) -> None:
        if self.add_button.isEnabled():
            self.add_button.setEnabled(False)
            self._request("add_ship_group", self.new_address.typed(), done=self.tr("Address added."),
                          after=lambda: self.new_address.load(AddressData("", "", "", "", "", "", "", "")))


def _spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, MAX_QTY)
    spin.setValue(1)
    return spin

