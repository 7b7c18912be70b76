"""A progress bar with a Stop button beside it, shown while a slip batch renders or a PDF prints."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget


class ProgressRow(QWidget):
    """Hidden until `start`; `stop_requested` when the user clicks Stop (the button then waits, disabled)."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.stop_button)
        self.setVisible(False)

    def start(self, total: int = 0, *, stoppable: bool = True) -> None:
        """`total` 0 shows a busy bar (work whose length is not known)."""
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.stop_button.setVisible(stoppable)
        self.stop_button.setEnabled(stoppable)
        self.setVisible(True)

    def show_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def finish(self) -> None:
        self.setVisible(False)

    def _on_stop_button_clicked(self) -> None:
        self.stop_button.setEnabled(False)
        self.stop_requested.emit()
