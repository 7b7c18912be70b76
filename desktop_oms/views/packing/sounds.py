"""The bench's sounds: a short beep for a good scan, a harsh buzz for a bad one, a chime when packed.

QtMultimedia needs a sound system; without one (or in tests) the sound is still *requested*
and remembered in `requested`, and the terminal bell stands in for the error buzz.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

KINDS = ("ok", "error", "done")


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None, *, audio: bool = True) -> None:
        super().__init__(parent)
        self.requested: list[str] = []
        self.enabled = True
        self._audio = audio
        self._effects: dict[str, Any] | None = None

    def play(self, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(kind)
        self.requested.append(kind)
        del self.requested[:-50]
        if not self.enabled:
            return
        effects = self._load()
        if kind in effects:
            effects[kind].play()
        elif kind == "error" and self._audio:
            QApplication.beep()

    def _load(self) -> dict[str, Any]:
        if self._effects is None:
            self._effects = {}
            if self._audio:
                try:
                    from PySide6.QtMultimedia import QSoundEffect
                except ImportError:  # no sound system libraries: the bell will do
                    return self._effects
                folder = resources.files("desktop_oms") / "resources" / "sounds"
                for kind in KINDS:
                    effect = QSoundEffect(self)
                    effect.setSource(QUrl.fromLocalFile(str(folder / f"{kind}.wav")))
                    effect.setVolume(1.0 if kind == "error" else 0.7)
                    self._effects[kind] = effect
        return self._effects
