"""The scan box: a keyboard-wedge scanner types a burst of keys and Enter; people type slowly.

Both are accepted. The box times every character: a burst is reported as a scan, and a burst
from a scanner set up without an Enter suffix is submitted by itself once the keys stop.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_oms.domain.packing import InputSource, input_source

#: A scanner burst with no Enter is complete when no key has come for this long.
BURST_IDLE_MS = 120


class ScanInput(QLineEdit):
    """Emits `submitted(text, source)` on Enter (or after a scanner burst without one).

    Ctrl+Z and Esc belong to the bench (undo the last scan, give the order back), not to the
    text box, so they are passed on as `undo_requested` and `escape_pressed`."""

    submitted = Signal(str, str)
    undo_requested = Signal()
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._times: list[float] = []
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(BURST_IDLE_MS)
        self._idle.timeout.connect(self._burst_ended)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.8)
        self.setFont(font)
        self.setClearButtonEnabled(False)
        self.setMaxLength(200)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self._times.clear()
            self.escape_pressed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._idle.stop()
            self._submit()
            return
        if event.text() and event.text().isprintable() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            if not self.text():
                self._times.clear()
            self._times.append(_event_ms(event))
            super().keyPressEvent(event)
            if self.source() is InputSource.SCANNER:
                self._idle.start()
            return
        super().keyPressEvent(event)
        if not self.text():
            self._times.clear()

    def source(self) -> InputSource:
        return input_source(self._times)

    def _burst_ended(self) -> None:
        if self.text() and self.source() is InputSource.SCANNER:
            self._submit()

    def _submit(self) -> None:
        text, source = self.text(), self.source()
        self.clear()
        self._times.clear()
        self.submitted.emit(text, str(source))

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent):
            # Tab would move the focus away from the one box a packer scans into.
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
                return True
            # Keep Ctrl+Z and Esc from being taken as shortcuts elsewhere: they arrive as key presses here.
            if event.type() == QEvent.Type.ShortcutOverride and (
                    event.matches(QKeySequence.StandardKey.Undo) or event.key() == Qt.Key.Key_Escape):
                event.accept()
                return True
        return super().event(event)


def _event_ms(event: QKeyEvent) -> float:
    stamp = event.timestamp()
    return float(stamp) if stamp else time.monotonic() * 1000
