"""The parts of the new-order dialog: a search field with its result list, an address form, the lines' editors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.intake import Address
from desktop_oms.domain.regions import find_province, provinces

SEARCH_DELAY_MS = 200
ERROR_STYLE = "color: #a11d1d;"
ADDRESS_FIELDS = ("name", "phone", "country", "province", "city", "address1", "address2", "postcode")
Index = QModelIndex | QPersistentModelIndex


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class SearchField(QWidget):
    """A line edit that searches as you type and lists what it found under itself.

    Down and Up walk the list without leaving the field, Enter picks the current entry
    (`picked(data)`), or, with none chosen, hands the text over (`entered(text)`: a scanner's
    barcode ends with Enter). Escape closes the list. `search_requested(text)` asks for results,
    which come back through `show_results`.
    """

    search_requested = Signal(str)
    picked = Signal(object)
    entered = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None, *, min_chars: int = 1) -> None:
        super().__init__(parent)
        self.min_chars = min_chars
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setVisible(False)
        self.results.itemActivated.connect(lambda item: self._pick(item))
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #5f6b7a;")
        self.hint.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.edit)

    def _on_edit_text_edited(self, text: str) -> None:
        if len(text.strip()) >= self.min_chars:
            self._timer.start()
        else:
            self._timer.stop()
            self.clear_results()

    def _search(self) -> None:
        self.search_requested.emit(self.edit.text().strip())

    def search_now(self) -> None:
        self._timer.stop()
        self._search()

    def show_results(self, entries: list[tuple[str, Any]], hint: str = "") -> None:
        self.results.clear()
        for text, data in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.results.addItem(item)
        rows = min(len(entries), 6)
        self.results.setFixedHeight(rows * max(self.results.sizeHintForRow(0), 18) + 2 * self.results.frameWidth() + 2)
        self.results.setVisible(bool(entries))
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def clear_results(self) -> None:
        self.show_results([])

    def reset(self) -> None:
        self._timer.stop()
        self.edit.clear()
        self.clear_results()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                self.results.setVisible(True)
                row = self.results.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.results.setCurrentRow(max(0, min(row, self.results.count() - 1)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                item = self.results.currentItem()
                if self.results.isVisible() and item is not None and item.isSelected():
                    self._pick(item)
                else:
                    self._timer.stop()
                    self.entered.emit(self.edit.text().strip())
                return True
            if key == Qt.Key.Key_Escape and self.results.isVisible():
                self.clear_results()
                return True
        return super().eventFilter(watched, event)

    def _pick(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        self.clear_results()
        self.picked.emit(data)


class AddressForm(QWidget):
    """One ship-to address; in China the province and the city come from lists (type pinyin to jump)."""

    def __init__(self, countries: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = QComboBox()
        self.book.addItem(self.tr("New address"), None)
        self.name, self.phone = QLineEdit(), QLineEdit()
        self.country = QComboBox()
        for code, label in countries:
            self.country.addItem(label, code)
        self.province_list, self.city_list = QComboBox(), QComboBox()
        self.province_list.addItem(self.tr("Choose a province"), "")
        for province in sorted(provinces(), key=lambda p: p.en):
            self.province_list.addItem(f"{province.en}  {province.zh}", province.zh)
        self.province_list.setMaxVisibleItems(20)
        self.city_list.setMaxVisibleItems(20)
        self.province_text, self.city_text = QLineEdit(), QLineEdit()
        self.address1, self.address2, self.postcode = QLineEdit(), QLineEdit(), QLineEdit()
        self.address1.setPlaceholderText(self.tr("District, street, building, room"))
        self.errors = {name: error_label() for name in ADDRESS_FIELDS}
        self._buddies: dict[str, QLabel] = {}
        self.general_error = error_label()

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 4, 0, 0)
        self.form.addRow(self.tr("Address &book"), self.book)
        self._row(self.tr("Recipient"), "name", self.name)
        self._row(self.tr("Phone"), "phone", self.phone)
        self._row(self.tr("Country"), "country", self.country)
        self._row(self.tr("&Province"), "province", self.province_list, self.province_text)
        self._row(self.tr("Ci&ty"), "city", self.city_list, self.city_text)
        self._row(self.tr("&Street"), "address1", self.address1)
        self._row(self.tr("Street 2"), "address2", self.address2)
        self._row(self.tr("Postcode"), "postcode", self.postcode)
        self.form.addRow(self.general_error)
        self.country.currentIndexChanged.connect(lambda _i: self._on_country_changed())
        self.province_list.currentIndexChanged.connect(lambda _i: self._fill_cities())
        self.book.activated.connect(lambda _i: self._on_book_activated())
        self._on_country_changed()

    def _row(self, text: str, field: str, *widgets: QWidget) -> None:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        line = QHBoxLayout()
        for widget in widgets:
            line.addWidget(widget, 1)
        column.addLayout(line)
        column.addWidget(self.errors[field])
        label = QLabel(text)
        label.setBuddy(widgets[0])
        self.form.addRow(label, box)
        if len(widgets) > 1:
            self._buddies[field] = label

    # -- what it holds

    def is_china(self) -> bool:
        return bool(self.country.currentData() == "CN")

    def address(self) -> Address:
        china = self.is_china()
        province = str(self.province_list.currentData() or "") if china else self.province_text.text()
        city = str(self.city_list.currentData() or "") if china else self.city_text.text()
        return Address(name=self.name.text().strip(), address1=self.address1.text().strip(),
                       address2=self.address2.text().strip(), city=city.strip(), province=province.strip(),
                       postcode=self.postcode.text().strip(), country=str(self.country.currentData() or ""),
                       phone=self.phone.text().strip())

    def set_address(self, address: Address) -> None:
        country = address.country.upper() or "CN"
        if self.country.findData(country) < 0:
            self.country.addItem(country, country)
        self.country.setCurrentIndex(self.country.findData(country))
        self.name.setText(address.name)
        self.phone.setText(address.phone)
        self.address1.setText(address.address1)
        self.address2.setText(address.address2)
        self.postcode.setText(address.postcode)
        province = find_province(address.province) if country == "CN" else None
        self.province_list.setCurrentIndex(max(0, self.province_list.findData(province.zh)) if province else 0)
        self._fill_cities()
        city = province.city(address.city) if province else None
        if city is not None:
            self.city_list.setCurrentIndex(max(0, self.city_list.findData(city.zh)))
        self.province_text.setText("" if country == "CN" else address.province)
        self.city_text.setText("" if country == "CN" else address.city)

    def set_book(self, addresses: list[Address]) -> None:
        """The customer's addresses to choose from; the latest is filled in."""
        self.book.clear()
        self.book.addItem(self.tr("New address"), None)
        for address in addresses:
            place = " ".join(x for x in (address.province, address.city, address.address1) if x)
            self.book.addItem(f"{address.name} · {place}", address)
        if addresses:
            self.book.setCurrentIndex(1)
            self.set_address(addresses[0])

    def _on_book_activated(self) -> None:
        address = self.book.currentData()
        self.set_address(address if isinstance(address, Address) else Address(country="CN"))

    def _on_country_changed(self) -> None:
        china = self.is_china()
        for combo in (self.province_list, self.city_list):
            combo.setVisible(china)
        for edit in (self.province_text, self.city_text):
            edit.setVisible(not china)
        pairs: tuple[tuple[str, QWidget], ...] = (
            ("province", self.province_list if china else self.province_text),
            ("city", self.city_list if china else self.city_text))
        for field, widget in pairs:
            label = self._buddies.get(field)
            if label is not None:
                label.setBuddy(widget)
        self.postcode.setPlaceholderText(self.tr("optional") if china else "")

    def _fill_cities(self) -> None:
        self.city_list.blockSignals(True)
        self.city_list.clear()
        self.city_list.addItem(self.tr("Choose a city"), "")
        province = find_province(str(self.province_list.currentData() or ""))
        if province is not None:
            for city in sorted(province.cities, key=lambda c: c.en):
                self.city_list.addItem(f"{city.en}  {city.zh}", city.zh)
        self.city_list.blockSignals(False)

    # -- errors from the service

    def clear_errors(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            show_error(label, "")

    def show_field_error(self, field: str, text: str) -> QWidget:
        """Show `text` under the field; returns the widget to focus."""
        if field not in self.errors:
            show_error(self.general_error, text)
            return self.name
        show_error(self.errors[field], text)
        widgets: dict[str, QWidget] = {
            "name": self.name, "phone": self.phone, "country": self.country, "address1": self.address1,
            "address2": self.address2, "postcode": self.postcode,
            "province": self.province_list if self.is_china() else self.province_text,
            "city": self.city_list if self.is_china() else self.city_text}
        return widgets[field]


class QtyDelegate(QStyledItemDelegate):
    """Quantities are whole units from 1 (typing a digit on the cell starts the edit)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(1, 1_000_000)
        spin.setFrame(False)
        return spin


class GroupDelegate(QStyledItemDelegate):
    """Which of the order's addresses a line goes to: 1, 2, …"""

    def __init__(self, count: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._count = count  # a callable: how many addresses the order has now

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for number in range(1, int(self._count()) + 1):
            combo.addItem(str(number), number)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(int(index.data(Qt.ItemDataRole.EditRole) or 1))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, int(editor.currentData() or 1), Qt.ItemDataRole.EditRole)
