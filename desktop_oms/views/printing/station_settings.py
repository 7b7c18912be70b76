"""This station's printing settings: its name, default printer, printing at the pack bench, the slip size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings, QSysInfo

from desktop_oms.printing.documents import PageSize


@dataclass(frozen=True)
class StationPrinting:
    """This computer's printing, kept in QSettings under "printing/" (per computer and user, never in the
    database). `printer` is a system printer's name, ``PDF:/path/file.pdf`` (printing into that file: a
    station without a printer, and the tests), or "" for "always ask"; `skip_dialog` prints slips at the
    pack bench straight to it."""

    station: str
    printer: str = ""
    skip_dialog: bool = False
    slip_size: PageSize = PageSize.A4

    @classmethod
    def load(cls, store: QSettings | None = None, *, default_station: str = "") -> StationPrinting:
        """The stored settings; the station is named `default_station`, else the computer's host name, until
        someone names it."""
        store = store if store is not None else QSettings()
        station = str(store.value("printing/station", "") or "").strip()
        try:
            size = PageSize(str(store.value("printing/slip_size", str(PageSize.A4))))
        except ValueError:
            size = PageSize.A4
        return cls(station=station or default_station or host_name(),
                   printer=str(store.value("printing/printer", "") or "").strip(),
                   skip_dialog=_as_bool(store.value("printing/skip_dialog", False)), slip_size=size)

    def save(self, store: QSettings | None = None) -> None:
        store = store if store is not None else QSettings()
        store.setValue("printing/station", " ".join(self.station.split()))
        store.setValue("printing/printer", self.printer)
        store.setValue("printing/skip_dialog", self.skip_dialog)
        store.setValue("printing/slip_size", str(self.slip_size))
        store.sync()

    @property
    def prints_without_dialog(self) -> bool:
        return self.skip_dialog and bool(self.printer)


def host_name() -> str:
    return QSysInfo.machineHostName() or "station"


def _as_bool(value: Any) -> bool:
    """QSettings' INI files give "true"/"false" back as text."""
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value)
