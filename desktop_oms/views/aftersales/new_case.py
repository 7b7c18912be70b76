"""A new case on an order, in two keystrokes from the order: the type list has the focus, a digit 1–4 picks
return, exchange, refund or complaint, Enter saves. Lines offer what may still be claimed ("left")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.domain.cases import GOODS_COME_BACK, CaseType
from desktop_oms.domain.users import Actor
from desktop_oms.services.case_results import CaseDetail, NewCase, NewCaseLine, ReturnableLine
from desktop_oms.views.aftersales.case_tabs import set_up
from desktop_oms.views.aftersales.desk import CaseDesk
from desktop_oms.views.aftersales.labels import (
    CATEGORIES,
    PRIORITIES,
    REASONS,
    TYPES,
    case_error_text,
    category_label,
    money,
    priority_label,
    reason_label,
    type_label,
)
from desktop_oms.views.tasks import TaskRunner

#: The reason a type starts with (the agent changes it when the customer says otherwise).
DEFAULT_REASON = {"return": "changed_mind", "exchange": "wrong_item", "refund": "never_arrived",
                  "complaint": "late"}


class NewCaseDialog(QDialog):
    """`case_opened(detail)` once the service opened it (the dialog then closes)."""

    case_opened = Signal(object)

    def __init__(self, order_no: str, cases: CaseDesk, tasks: TaskRunner, actor: Actor,
                 parent: QWidget | None = None, *, customer: str = "") -> None:
        super().__init__(parent)
        self.order_no = order_no
        self._cases, self._tasks, self._actor = cases, tasks, actor
        self._lines: list[ReturnableLine] = []
        self.loaded = False
        self.setWindowTitle(self.tr("New case on order {0}").format(order_no))
        self.resize(820, 540)

        self.types = QListWidget()
        for number, code in enumerate(TYPES, start=1):
            item = QListWidgetItem(self.tr("{0}  {1}").format(number, type_label(code)))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.types.addItem(item)
        self.types.setCurrentRow(0)
        self.types.setFixedWidth(170)
        self.types.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 6px 4px; }")
        self.types.setToolTip(self.tr("1 return · 2 exchange · 3 refund · 4 complaint"))
        self.types.currentRowChanged.connect(lambda _row: self._on_type_changed())
        for number in range(1, len(TYPES) + 1):
            shortcut = QShortcut(QKeySequence(str(number)), self.types)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda n=number: self.types.setCurrentRow(n - 1))

        self.reason = QComboBox()
        for code in REASONS:
            self.reason.addItem(reason_label(code), code)
        self.priority = QComboBox()
        for code in PRIORITIES:
            self.priority.addItem(priority_label(code), code)
        self.priority.setCurrentIndex(PRIORITIES.index("normal"))
        self.category = QComboBox()
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        self.category_label = QLabel(self.tr("Category"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the customer says, in a sentence or two"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.lines = set_up(QTableWidget(), [self.tr("SKU"), self.tr("Product"), self.tr("Shipped"),
                                             self.tr("Returned"), self.tr("Claimed"), self.tr("Claim")],
                            stretch=1)
        claimed = self.lines.horizontalHeaderItem(4)
        if claimed is not None:
            claimed.setToolTip(self.tr("Units already claimed by other open returns and exchanges"))
        self.lines_hint = QLabel()
        self.lines_hint.setStyleSheet("color: #5f6b7a;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a11d1d;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Open case"))
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.category_label, self.category)
        form.addRow(self.tr("Note"), self.note)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.lines_hint)
        right.addWidget(self.lines, 1)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Type (1–4)")))
        left.addWidget(self.types)
        left.addStretch(1)
        columns.addLayout(left)
        columns.addLayout(right, 1)
        heading = QLabel(self.tr("New case on order {0}").format(order_no) + (f" · {customer}" if customer else ""))
        heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.types.setFocus()
        self._on_type_changed()
        self._load()

    def case_type(self) -> str:
        item = self.types.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else TYPES[0]

    def _load(self) -> None:
        self.save_button.setEnabled(False)
        self._tasks.submit(self._cases.returnable_lines, self.order_no, actor=self._actor,
                           on_success=self._on_lines, on_failure=self._on_failed)

    def _on_lines(self, lines: list[ReturnableLine]) -> None:
        self._lines = lines
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, value in enumerate((line.sku, line.name, str(line.shipped), str(line.returned),
                                            str(line.claimed))):
                item = QTableWidgetItem(value)
                item.setToolTip(self.tr("{0} at {1} each").format(line.name, money(line.unit_price)))
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, column, item)
            spin = QSpinBox()
            spin.setRange(0, line.left)
            spin.setSuffix(self.tr(" of {0}").format(line.left))
            spin.setEnabled(line.left > 0)
            self.lines.setCellWidget(row, 5, spin)
        for column in (0, 2, 3, 4):
            self.lines.resizeColumnToContents(column)
        self.lines.setColumnWidth(5, 96)
        self.loaded = True
        self.save_button.setEnabled(True)
        self._on_type_changed()

    def _on_type_changed(self) -> None:
        kind = self.case_type()
        goods = kind in GOODS_COME_BACK
        self.category.setVisible(kind == CaseType.COMPLAINT)
        self.category_label.setVisible(kind == CaseType.COMPLAINT)
        self.reason.setCurrentIndex(max(0, self.reason.findData(DEFAULT_REASON.get(kind, "other"))))
        for row, line in enumerate(self._lines):
            spin = self.lines.cellWidget(row, 5)
            if isinstance(spin, QSpinBox):
                spin.setValue(line.left if goods else 0)  # a return claims the whole parcel unless told less
        if goods:
            self.lines_hint.setText(self.tr("What comes back (at most what was shipped and not already returned):"))
        else:
            self.lines_hint.setText(self.tr("Lines it is about (optional):"))
        self.message.setText("")

    def chosen_lines(self) -> tuple[NewCaseLine, ...]:
        chosen = []
        for row, line in enumerate(self._lines):
            spin = self.lines.cellWidget(row, 5)
            if isinstance(spin, QSpinBox) and spin.value() > 0:
                chosen.append(NewCaseLine(line.order_line_id, spin.value()))
        return tuple(chosen)

    def save(self) -> None:
        if not self.loaded or not self.save_button.isEnabled():
            return
        kind = self.case_type()
        lines = self.chosen_lines()
        if kind in GOODS_COME_BACK and not lines:
            self.message.setText(self.tr("A return or an exchange needs at least one unit that was shipped and not "
                                         "already returned."))
            return
        new = NewCase(order_no=self.order_no, type=kind, reason=str(self.reason.currentData()),
                      note=self.note.toPlainText().strip(), lines=lines, priority=str(self.priority.currentData()),
                      category=str(self.category.currentData()) if kind == CaseType.COMPLAINT else "")
        self.message.setText("")
        self._tasks.submit(self._cases.open_case, new, actor=self._actor, busy=self.save_button,
                           on_success=self._on_opened, on_failure=self._on_failed)

    def _on_opened(self, detail: CaseDetail) -> None:
        self.case_opened.emit(detail)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.message.setText(case_error_text(error))
        self.save_button.setEnabled(True)
        self.loaded = True
