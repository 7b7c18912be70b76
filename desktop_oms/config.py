"""Settings: a frozen dataclass; command-line option > environment > user config file > defaults."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP = "desktop-oms"
LANGUAGES = ("en", "zh_CN", "zh_TW")


@dataclass(frozen=True)
class Settings:
    db_url: str
    lang: str = "en"
    debug: bool = False
    station: str = ""
    timezone: str = ""  # empty: the computer's

    @staticmethod
    def default_db_url() -> str:
        folder = Path(platformdirs.user_data_dir(APP, appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{folder / 'shop.db'}"

    @staticmethod
    def config_file() -> Path:
        return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "config.toml"

    @classmethod
    def load(cls, *, db: str | None = None, lang: str | None = None, debug: bool = False) -> Settings:
        stored = _read_config(cls.config_file())
        url = db or os.environ.get("DESKTOP_OMS_DB") or str(stored.get("db_url", "")) or cls.default_db_url()
        language = lang or os.environ.get("DESKTOP_OMS_LANG") or str(stored.get("lang", "en"))
        station = os.environ.get("DESKTOP_OMS_STATION") or str(stored.get("station", "")) or _hostname()
        return cls(db_url=url, lang=language, debug=debug, station=station,
                   timezone=str(stored.get("timezone", "")))


def _read_config(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def _hostname() -> str:
    return os.uname().nodename if hasattr(os, "uname") else "station"
