"""Shows a batch action's progress while it runs, then what became of every order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_oms.services.results import BatchOutcome
from desktop_oms.views.messages import error_text, status_label

Index = QModelIndex | QPersistentModelIndex


class BatchOutcomeTableModel(QAbstractTableModel):
    """Order and outcome per row; texts are made when shown, so ten thousand outcomes cost nothing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outcomes: tuple[BatchOutcome, ...] = ()
        self._headers = [self.tr("Order"), self.tr("Outcome")]

    def set_outcomes(self, outcomes: tuple[BatchOutcome, ...]) -> None:
        self.beginResetModel()
        self._outcomes = outcomes
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._outcomes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self._outcomes[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return outcome.order_no
            if outcome.error is None:
                return self.tr("now {0}").format(status_label(outcome.status))
            return error_text(outcome.error)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(QColor("#0f6b5c" if outcome.ok else "#a11d1d"))
        return None


class BatchResultDialog(QDialog):
    """Non-modal: the queue stays usable while a long batch runs."""

    cancel_requested = Signal()

    def __init__(self, title: str, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(False)
        self.resize(560, 420)
        self.heading = QLabel(self.tr("{0}: {1} orders…").format(title, count))
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, count)
        self.model = BatchOutcomeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 140)
        self.buttons = QDialogButtonBox()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.outcomes: tuple[BatchOutcome, ...] = ()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def show_outcomes(self, outcomes: tuple[BatchOutcome, ...]) -> None:
        self.outcomes = outcomes
        self.progress.setValue(self.progress.maximum())
        ok = sum(1 for o in outcomes if o.ok)
        self.heading.setText(self.tr("{0} of {1} orders done, {2} refused.").format(ok, len(outcomes),
                                                                                  len(outcomes) - ok))
        self.model.set_outcomes(outcomes)
        self._finished()

    def show_failure(self, message: str) -> None:
        self.heading.setText(message)
        self.heading.setStyleSheet("color: #a11d1d;")
        self._finished()

    def _finished(self) -> None:
        self.stop_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_stop_button_clicked(self) -> None:
        self.cancel_requested.emit()
        self.heading.setText(self.tr("Stopping after the current order…"))
        self.stop_button.setEnabled(False)
        self.close_button.setEnabled(True)
