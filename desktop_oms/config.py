"""Settings: a frozen dataclass; command-line option > environment > user config file > defaults.

The user config file is TOML. A database password never goes into it: it is kept in the operating
system's password store (keyring) under ``user@host:port/database`` and put back into the URL on load.
"""

from __future__ import annotations

import logging
import math
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode

import platformdirs

from desktop_oms.domain.errors import InvalidValue

log = logging.getLogger(__name__)

APP = "desktop-oms"
LANGUAGES = ("en", "zh_CN", "zh_TW")
#: The keyring "service" under which database passwords are kept.
KEYRING_SERVICE = APP
#: Set in the config file when the URL's password is in the keyring (so a start-up without one asks nothing).
PASSWORD_IN_KEYRING = "db_password_in_keyring"
POSTGRES_PORT = 5432


class KeyringUnavailable(InvalidValue):
    """There is no working password store, so a database password cannot be kept safely (never in a file)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__("password", "this computer has no password store (keyring), so the database password "
                                     f"was not saved ({reason}); leave it empty to log in without one")


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
        url = db or os.environ.get("DESKTOP_OMS_DB") or _stored_url(stored) or cls.default_db_url()
        language = lang or os.environ.get("DESKTOP_OMS_LANG") or str(stored.get("lang", "en"))
        station = os.environ.get("DESKTOP_OMS_STATION") or str(stored.get("station", "")) or _hostname()
        return cls(db_url=url, lang=language, debug=debug, station=station,
                   timezone=str(stored.get("timezone", "")))

    @classmethod
    def save_user_config(cls, *, db_url: str | None = None, lang: str | None = None) -> Path:
        """Write what is given into the user config file, keeping everything else in it; returns the file.

        A password in `db_url` goes to the keyring and the file keeps the URL without it; with no
        working keyring, KeyringUnavailable is raised and nothing is written.
        """
        path = cls.config_file()
        stored = _read_config(path)
        if lang is not None:
            if lang not in LANGUAGES:
                raise InvalidValue("lang", f"unknown language {lang!r}; one of {', '.join(LANGUAGES)}")
            stored["lang"] = lang
        if db_url is not None:
            stored.update(_url_to_store(db_url.strip(), stored))
            if not stored[PASSWORD_IN_KEYRING]:
                del stored[PASSWORD_IN_KEYRING]
        _write_config(path, stored)
        return path


# -- database URLs, without SQLAlchemy (the views use these too) ------------------------------------

#: SQLAlchemy's own URL grammar (sqlalchemy.engine.url._parse_url), so both read a URL the same way.
_URL = re.compile(r"""
    (?P<name>[\w+]+)://
    (?:(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@)?
    (?:(?:\[(?P<ipv6host>[^/?]+)\]|(?P<ipv4host>[^/:?]+))?(?::(?P<port>[^/?]*))?)?
    (?:/(?P<database>[^?]*))?
    (?:\?(?P<query>.*))?
    """, re.VERBOSE)


@dataclass(frozen=True)
class DatabaseLocation:
    """A database URL in the parts a person fills in: a file, or a server with host, port, name and user.

    `host` may be a socket folder ("/var/run/postgresql"); the URL then carries it as ``?host=``.
    """

    scheme: str = "sqlite"
    path: str = ""
    host: str = ""
    port: int | None = None
    database: str = ""
    user: str = ""
    password: str = ""
    query: tuple[tuple[str, str], ...] = field(default=())

    @property
    def is_file(self) -> bool:
        return self.scheme.split("+")[0] == "sqlite"

    @classmethod
    def parse(cls, url: str) -> DatabaseLocation:
        """The parts of `url`; ValueError if it is not a database URL."""
        match = _URL.fullmatch(url.strip())
        if match is None:
            raise ValueError(f"{url!r} is not a database URL")
        parts = match.groupdict()
        query = parse_qsl(parts["query"] or "", keep_blank_values=True)
        if parts["name"].split("+")[0] == "sqlite":
            return cls(scheme=parts["name"], path=unquote(parts["database"] or ""), query=tuple(query))
        host = parts["ipv6host"] or parts["ipv4host"] or ""
        port_text = parts["port"] or ""
        rest = []
        for key, value in query:
            if key == "host" and not host:
                host = value
            elif key == "port" and not port_text:
                port_text = value
            else:
                rest.append((key, value))
        if port_text and not (port_text.isdigit() and 0 < int(port_text) < 65536):
            raise ValueError(f"{port_text!r} is not a port number")
        return cls(scheme=parts["name"], host=host, port=int(port_text) if port_text else None,
                   database=unquote(parts["database"] or ""), user=unquote(parts["username"] or ""),
                   password=unquote(parts["password"] or ""), query=tuple(rest))

    @classmethod
    def file(cls, path: str) -> DatabaseLocation:
        return cls(scheme="sqlite", path=path)

    @classmethod
    def server(cls, host: str, port: int | None, database: str, user: str, password: str = "") -> DatabaseLocation:
        return cls(scheme="postgresql+psycopg", host=host, port=port, database=database, user=user,
                   password=password)

    def url(self) -> str:
        if self.is_file:
            path = self.path.replace("%", "%25").replace("?", "%3F")
            return f"{self.scheme}:///{path}" + (f"?{urlencode(self.query)}" if self.query else "")
        netloc = ""
        if self.user or self.password:
            netloc = quote(self.user, safe="")
            if self.password:
                netloc += ":" + quote(self.password, safe="")
            netloc += "@"
        query = list(self.query)
        if self.host.startswith("/"):  # a socket folder: only the query can carry it
            query[:0] = [("host", self.host)] + ([("port", str(self.port))] if self.port else [])
        else:
            netloc += f"[{self.host}]" if ":" in self.host else self.host
            netloc += f":{self.port}" if self.port else ""
        tail = f"?{urlencode(query, safe='/')}" if query else ""
        return f"{self.scheme}://{netloc}/{quote(self.database, safe='')}{tail}"

    def keyring_key(self) -> str:
        """Under which name the password is kept: ``user@host:port/database``."""
        port = self.port or (POSTGRES_PORT if self.scheme.startswith("postgresql") else "")
        return f"{self.user}@{self.host or 'localhost'}:{port}/{self.database}"

    def without_password(self) -> DatabaseLocation:
        return replace(self, password="")


def _stored_url(stored: dict[str, Any]) -> str:
    """The config file's URL, with its password from the keyring when the file says one is kept there."""
    url = str(stored.get("db_url", ""))
    if not url or not stored.get(PASSWORD_IN_KEYRING):
        return url
    try:
        location = DatabaseLocation.parse(url)
        password = _keyring().get_password(KEYRING_SERVICE, location.keyring_key())
    except Exception as error:  # a broken password store must not stop the start-up; the log-in will say
        log.warning("the database password could not be read from the keyring: %s", error)
        return url
    if password is None:
        log.warning("the keyring has no password for %s", location.keyring_key())
        return url
    return replace(location, password=password).url()


def _url_to_store(url: str, stored: dict[str, Any]) -> dict[str, Any]:
    """The config entries for `url`: a password moves to the keyring; an old one no longer used is removed."""
    try:
        location: DatabaseLocation | None = DatabaseLocation.parse(url)
    except ValueError:
        location = None
    old = _old_key(stored)
    if location is None or not location.password:
        if old is not None:
            _forget_password(old)
        return {"db_url": url, PASSWORD_IN_KEYRING: False}
    key = location.keyring_key()
    try:
        _keyring().set_password(KEYRING_SERVICE, key, location.password)
    except Exception as error:  # no backend, a locked or refusing store: never fall back to the file
        raise KeyringUnavailable(_reason(error)) from None
    if old is not None and old != key:
        _forget_password(old)
    return {"db_url": location.without_password().url(), PASSWORD_IN_KEYRING: True}


def _old_key(stored: dict[str, Any]) -> str | None:
    if not stored.get(PASSWORD_IN_KEYRING):
        return None
    try:
        return DatabaseLocation.parse(str(stored.get("db_url", ""))).keyring_key()
    except ValueError:
        return None


def _forget_password(key: str) -> None:
    try:
        _keyring().delete_password(KEYRING_SERVICE, key)
    except Exception as error:  # already gone, or no store: nothing left to forget
        log.info("no old database password removed from the keyring (%s)", error)


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _keyring() -> Any:
    import keyring  # only when a password is stored or read: finding its backends takes a moment

    return keyring


# -- the config file --------------------------------------------------------------------------------

def _read_config(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError):
        return {}


def _write_config(path: Path, values: dict[str, Any]) -> None:
    """Replace the file in one step (a crash leaves the old file or the new one, never half of one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "# desktop-oms settings (written by the Settings dialog; database passwords are in the keyring)\n"
    text += toml_text(values)
    handle, temporary = tempfile.mkstemp(prefix=".config-", suffix=".toml", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def toml_text(values: dict[str, Any], table: str = "") -> str:
    """`values` as TOML that tomllib reads back equal: scalars first, then one [table] per dict."""
    lines = [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in values.items() if not isinstance(v, dict)]
    text = (f"\n[{table}]\n" if table and lines else "") + "".join(line + "\n" for line in lines)
    for key, value in values.items():
        if isinstance(value, dict):
            name = f"{table}.{_toml_key(key)}" if table else _toml_key(key)
            text += toml_text(value, name) if value else f"\n[{name}]\n"
    return text


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_string(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return _toml_string(str(value))


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_string(text: str) -> str:
    """A TOML basic string: quote, backslash and control characters escaped; the rest as it is (UTF-8)."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _hostname() -> str:
    return os.uname().nodename if hasattr(os, "uname") else "station"
