"""The Stock tab's dialogs: receive goods, adjust with a reason, edit a product.

Each dialog calls its service through the task runner; a refusal is shown inline, naming the field,
and the dialog stays open. Enter is OK and Esc is cancel in every one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_oms.domain.errors import InvalidValue, NotFound
from desktop_oms.domain.money import format_amount
from desktop_oms.domain.users import Actor
from desktop_oms.services.results import LedgerRow, ProductData, StockChange, StockRow
from desktop_oms.views.messages import error_text
from desktop_oms.views.tasks import TaskRunner

MAX_UNITS = 1_000_000
THUMBNAIL = QSize(96, 96)
ERROR_STYLE = "color: #a11d1d;"
DONE_STYLE = "color: #0f6b5c;"


class StockActions(Protocol):
    """What the Stock tab needs of the stock service (services.stock.StockService fits)."""

    def list_stock(self, *, actor: Actor, low_only: bool = False, search: str = "") -> list[StockRow]: ...
    def receive(self, sku: str, qty: int, *, actor: Actor, note: str = "") -> StockChange: ...
    def adjust(self, sku: str, delta: int, reason: str, *, actor: Actor) -> StockChange: ...
    def ledger(self, sku: str, *, actor: Actor, limit: int = 500) -> list[LedgerRow]: ...


class CatalogueActions(Protocol):
    """What the product dialog needs of the catalogue service (services.catalogue.CatalogueService fits)."""

    def get_product(self, sku: str, *, actor: Actor) -> ProductData: ...
    def list_categories(self, *, actor: Actor) -> list[str]: ...
    def update_product(self, sku: str, *, actor: Actor, name: str | None = None, barcode: str | None = None,
                       price: Decimal | str | None = None, category: str | None = None,
                       low_stock_threshold: int | None = None, image_path: str | None = None,
                       active: bool | None = None) -> ProductData: ...


def _t(text: str) -> str:
    return QCoreApplication.translate("StockReasons", text)


#: Why stock is adjusted: the stable word stored in the ledger, and its label.
REASONS: dict[str, Callable[[], str]] = {
    "count": lambda: _t("Stock count"),
    "damage": lambda: _t("Damaged"),
    "loss": lambda: _t("Lost"),
    "found": lambda: _t("Found"),
}


def reason_text(reason: str) -> str:
    """A ledger reason for people: "damage: dropped" reads "Damaged: dropped" in the user's language."""
    key, sep, rest = reason.partition(":")
    if key in REASONS and (sep or not rest):
        return f"{REASONS[key]()}: {rest.strip()}" if rest.strip() else REASONS[key]()
    return reason


class _ServiceDialog(QDialog):
    """A form with a message line under it and OK / Cancel; `_fields` maps a service's field to its widget."""

    def __init__(self, tasks: TaskRunner, actor: Actor, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._tasks, self._actor = tasks, actor
        self._fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter is OK wherever the focus is, never the focused button
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, heading: QLabel | None = None) -> None:
        layout = QVBoxLayout(self)
        if heading is not None:
            heading.setWordWrap(True)
            heading.setStyleSheet("font-size: 15px; font-weight: bold;")
            layout.addWidget(heading)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def _call(self, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], None], **kwargs: Any) -> None:
        self._say(self.tr("Working…"), "color: #555;")
        self._tasks.submit(fn, *args, on_success=self._while_open(on_success),
                           on_failure=self._while_open(self._on_failure), busy=self.ok_button,
                           actor=self._actor, **kwargs)

    def _while_open(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """A task's callback that does nothing once the dialog is gone (closed and deleted meanwhile)."""
        def call(value: Any) -> None:
            if isValid(self):
                callback(value)
        return call

    def _on_failure(self, error: BaseException) -> None:
        self._say(error_text(error), ERROR_STYLE)
        widget = self._fields.get(error.field) if isinstance(error, InvalidValue) else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit | QAbstractSpinBox):
                widget.selectAll()
            elif isinstance(widget, QComboBox) and (line := widget.lineEdit()) is not None:
                line.selectAll()

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)


class ReceiveDialog(_ServiceDialog):
    """Goods in, one product after another: after each receipt it says what happened and waits for the next."""

    received = Signal(object)  # StockChange

    def __init__(self, stock: StockActions, tasks: TaskRunner, actor: Actor, sku: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, actor, parent)
        self._stock = stock
        self.setWindowTitle(self.tr("Receive goods"))
        self.setMinimumWidth(440)
        self.sku = QLineEdit(sku)
        self.sku.setPlaceholderText(self.tr("Scan or type the SKU"))
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_UNITS)
        self.quantity.setGroupSeparatorShown(True)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity.setMaximumWidth(160)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Delivery note, supplier or purchase order (optional)"))
        self.form.addRow(self.tr("&SKU"), self.sku)
        self.form.addRow(self.tr("&Quantity"), self.quantity)
        self.form.addRow(self.tr("&Note"), self.note)
        self._fields = {"sku": self.sku, "product": self.sku, "qty": self.quantity, "note": self.note}
        self.last_result = ""
        self.ok_button.setText(self.tr("Receive"))
        self.cancel_button.setText(self.tr("Close"))
        self._finish_layout()
        self.setTabOrder(self.sku, self.quantity)
        self.setTabOrder(self.quantity, self.note)
        (self.quantity if sku else self.sku).setFocus(Qt.FocusReason.OtherFocusReason)
        self.quantity.selectAll()

    def submit(self) -> None:
        sku = self.sku.text().strip()
        if not sku:
            self._say(self.tr("Enter the SKU of the product received."), ERROR_STYLE)
            self.sku.setFocus()
            return
        self.quantity.interpretText()
        qty = self.quantity.value()
        self._call(self._stock.receive, sku, qty, note=self.note.text().strip(),
                   on_success=lambda change: self._on_received(qty, change))

    def _on_failure(self, error: BaseException) -> None:
        super()._on_failure(error)
        if isinstance(error, NotFound):  # no such SKU: type or scan it again
            self.sku.setFocus(Qt.FocusReason.OtherFocusReason)
            self.sku.selectAll()

    def _on_received(self, qty: int, change: StockChange) -> None:
        text = self.tr("Received {0} × {1}; now {2} on hand, {3} available.").format(
            f"{qty:,}", change.sku, f"{change.on_hand:,}", f"{change.available:,}")
        allocated = change.allocated.allocated
        if len(allocated) == 1:
            text += " " + self.tr("1 backorder allocated ({0}).").format(allocated[0])
        elif allocated:
            more = "…" if len(allocated) > 5 else ""
            text += " " + self.tr("{0} backorders allocated ({1}).").format(
                len(allocated), ", ".join(allocated[:5]) + more)
        self._say(text, DONE_STYLE)
        self.last_result = text
        self.received.emit(change)
        self.quantity.setValue(1)
        self.note.clear()
        self.sku.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sku.selectAll()


class AdjustDialog(_ServiceDialog):
    """A correction of on hand: a non-zero change (negative allowed) and why."""

    adjusted = Signal(object)  # StockChange

    def __init__(self, stock: StockActions, tasks: TaskRunner, actor: Actor, row: StockRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, actor, parent)
        self._stock, self._row = stock, row
        self.setWindowTitle(self.tr("Adjust stock — {0}").format(row.sku))
        self.setMinimumWidth(460)
        heading = QLabel(f"{row.sku} · {row.name}")
        self.level = QLabel()
        self.delta = QSpinBox()
        self.delta.setRange(-MAX_UNITS, MAX_UNITS)
        self.delta.setValue(0)
        self.delta.setGroupSeparatorShown(True)
        self.delta.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.delta.setMaximumWidth(160)
        self.delta.setToolTip(self.tr("Units to add (positive) or take away (negative)"))
        self.delta.valueChanged.connect(self._on_delta_value_changed)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose a reason…"), "")
        for key, label in REASONS.items():
            self.reason.addItem(label(), key)
        self.reason.addItem(self.tr("Other (describe it)"), "other")
        self.details = QLineEdit()
        self.details.setPlaceholderText(self.tr("What happened, where (e.g. shelf B3 recount)"))
        self.form.addRow(self.tr("Now"), self.level)
        self.form.addRow(self.tr("&Change by"), self.delta)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.addRow(self.tr("&Details"), self.details)
        self._fields = {"delta": self.delta, "reason": self.reason}
        self.ok_button.setText(self.tr("Adjust"))
        self._finish_layout(heading)
        self.setTabOrder(self.delta, self.reason)
        self.setTabOrder(self.reason, self.details)
        self._on_delta_value_changed(0)
        self.delta.setFocus(Qt.FocusReason.OtherFocusReason)
        self.delta.selectAll()

    def reason_value(self) -> str:
        """What the ledger keeps: "damage: dropped by the courier", or the details alone."""
        key, details = str(self.reason.currentData() or ""), " ".join(self.details.text().split())
        if key in REASONS:
            return f"{key}: {details}" if details else key
        return details

    def submit(self) -> None:
        self.delta.interpretText()
        self._call(self._stock.adjust, self._row.sku, self.delta.value(), self.reason_value(),
                   on_success=self._on_adjusted)

    def _on_delta_value_changed(self, delta: int) -> None:
        row = self._row
        if delta:
            self.level.setText(self.tr("{0} on hand → {1}; {2} reserved").format(
                f"{row.on_hand:,}", f"{row.on_hand + delta:,}", f"{row.reserved:,}"))
        else:
            self.level.setText(self.tr("{0} on hand, {1} reserved, {2} available").format(
                f"{row.on_hand:,}", f"{row.reserved:,}", f"{row.available:,}"))

    def _on_adjusted(self, change: StockChange) -> None:
        self.adjusted.emit(change)
        self.accept()


class ProductDialog(_ServiceDialog):
    """Name, barcode, price, category, low-stock threshold, image and active; saves only what was changed."""

    saved = Signal(object)  # ProductData

    def __init__(self, catalogue: CatalogueActions, tasks: TaskRunner, actor: Actor, sku: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(tasks, actor, parent)
        self._catalogue, self.sku = catalogue, sku
        self.product: ProductData | None = None
        self.setWindowTitle(self.tr("Product — {0}").format(sku))
        self.setMinimumWidth(560)
        heading = QLabel(sku)
        self.name = QLineEdit()
        self.name.setMaxLength(255)
        self.barcode = QLineEdit()
        self.barcode.setMaxLength(64)
        self.barcode.setPlaceholderText(self.tr("EAN-13, UPC or your own code"))
        self.price = QLineEdit()
        self.price.setPlaceholderText("0.00")
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.price.setMaximumWidth(160)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.category.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Tea > Green tea (new levels are created)"))
        self.threshold = QSpinBox()
        self.threshold.setRange(0, MAX_UNITS)
        self.threshold.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.threshold.setMaximumWidth(160)
        self.threshold.setToolTip(self.tr("Marked low when available is at or below this"))
        self.image = QLineEdit()
        self.image.setPlaceholderText(self.tr("No image"))
        self.image.editingFinished.connect(self._load_thumbnail)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.thumbnail = QLabel(self.tr("No image"))
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border: 1px solid #c8ccd2; color: #8a8f98; background: #fafafa;")
        self.active = QCheckBox(self.tr("On sale (active)"))
        image_row = QHBoxLayout()
        image_row.addWidget(self.image, 1)
        image_row.addWidget(self.choose_button)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Barcode"), self.barcode)
        self.form.addRow(self.tr("&Price"), self.price)
        self.form.addRow(self.tr("&Category"), self.category)
        self.form.addRow(self.tr("&Low at"), self.threshold)
        image_label = QLabel(self.tr("&Image"))
        image_label.setBuddy(self.image)
        self.form.addRow(image_label, image_row)
        self.form.addRow("", self.thumbnail)
        self.form.addRow("", self.active)
        self._fields = {"name": self.name, "barcode": self.barcode, "price": self.price, "category": self.category,
                        "threshold": self.threshold, "image": self.image}
        self.ok_button.setText(self.tr("Save"))
        self._finish_layout(heading)
        order = [self.name, self.barcode, self.price, self.category, self.threshold, self.image,
                 self.choose_button, self.active]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)
        self._set_editable(False)
        self._say(self.tr("Loading…"), "color: #555;")

    def load(self) -> None:
        def fetch(*, actor: Actor) -> tuple[ProductData, list[str]]:
            return (self._catalogue.get_product(self.sku, actor=actor),
                    self._catalogue.list_categories(actor=actor))

        self._tasks.submit(fetch, actor=self._actor, on_success=self._while_open(self._on_loaded),
                           on_failure=self._while_open(self._on_failure))

    def _on_loaded(self, loaded: tuple[ProductData, list[str]]) -> None:
        product, categories = loaded
        self.product = product
        self.name.setText(product.name)
        self.barcode.setText(product.barcode)
        self.price.setText(format_amount(product.price))
        self.category.clear()
        self.category.addItems(categories)
        self.category.setCurrentText(product.category)
        completer = QCompleter(categories, self.category)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.category.setCompleter(completer)
        self.threshold.setValue(product.low_stock_threshold)
        self.image.setText(product.image_path)
        self.active.setChecked(product.active)
        self._load_thumbnail()
        self._set_editable(True)
        self._say("", "")
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name.selectAll()

    def _set_editable(self, editable: bool) -> None:
        for widget in (*self._fields.values(), self.choose_button, self.active, self.ok_button):
            widget.setEnabled(editable)

    def changes(self) -> dict[str, Any]:
        """The fields the user changed, as update_product takes them."""
        p = self.product
        if p is None:
            return {}
        self.threshold.interpretText()
        now: dict[str, tuple[Any, Any]] = {
            "name": (self.name.text(), p.name),
            "barcode": (self.barcode.text().strip(), p.barcode),
            "price": (self.price.text().strip(), format_amount(p.price)),
            "category": (" > ".join(s.strip() for s in self.category.currentText().replace("/", ">").split(">")
                                    if s.strip()), p.category),
            "low_stock_threshold": (self.threshold.value(), p.low_stock_threshold),
            "image_path": (self.image.text().strip(), p.image_path),
            "active": (self.active.isChecked(), p.active),
        }
        return {key: new for key, (new, old) in now.items() if new != old}

    def submit(self) -> None:
        if self.product is None:
            return
        changes = self.changes()
        if "category" in changes:
            changes["category"] = self.category.currentText()
        if not changes:
            self.accept()
            return
        self._call(self._catalogue.update_product, self.sku, on_success=self._on_saved, **changes)

    def _on_saved(self, product: ProductData) -> None:
        self.product = product
        self.saved.emit(product)
        self.accept()

    def _on_choose_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Product image"), self.image.text(),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"))
        if path:
            self.image.setText(path)
            self._load_thumbnail()

    def _load_thumbnail(self) -> None:
        path = self.image.text().strip()
        if not path:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No image"))
            return
        def show(image: QImage) -> None:
            self._on_thumbnail(path, image)

        self._tasks.submit(_scaled_image, path, pool="io", on_success=self._while_open(show))

    def _on_thumbnail(self, path: str, image: QImage) -> None:
        if path != self.image.text().strip():
            return  # the user has chosen another meanwhile
        if image.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("Not an image"))
        else:
            self.thumbnail.setPixmap(QPixmap.fromImage(image))


def _scaled_image(path: str) -> QImage:
    """Read and shrink an image to the thumbnail in a pool thread (QImage, unlike QPixmap, may do that)."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()
