"""The shop's details (name, address, contact, logo, time zone) and a database connection test."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path
from zoneinfo import available_timezones

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from desktop_oms.db.engine import check_reachable, make_engine
from desktop_oms.db.models import SETTINGS
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.errors import DatabaseUnavailable, InvalidValue
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit

#: Where each field of ShopDetails lives in the key/value settings table.
PREFIX = "shop."
MAX_NAME, MAX_LINE, MAX_LINES, MAX_PHONE, MAX_EMAIL, MAX_PATH = 120, 120, 6, 40, 254, 500
#: The first bytes of a PNG and of a JPEG file: the logo is printed on slips, which take these two.
LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
#: A connection test gives up after this many seconds instead of hanging on an unanswered address.
TEST_TIMEOUT_S = 10


@dataclass(frozen=True)
class ShopDetails:
    """What the shop says about itself on slips and labels. `timezone` "" means the computer's."""

    name: str = ""
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    logo_path: str = ""
    timezone: str = ""


class SettingsService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def shop_details(self, actor: Actor) -> ShopDetails:
        """Anyone logged in may read them (they appear on what every station prints)."""
        actor.require(Permission.VIEW_ORDERS)
        with self._uow(read_only=True) as tx:
            rows = tx.connection.execute(
                select(SETTINGS.c.key, SETTINGS.c.value).where(SETTINGS.c.key.startswith(PREFIX)))
            return _from_rows({key.removeprefix(PREFIX): value or "" for key, value in rows})

    def save_shop_details(self, details: ShopDetails, actor: Actor) -> ShopDetails:
        """Validate (naming the field at fault), store and audit; returns the details as stored."""
        actor.require(Permission.MANAGE_SETTINGS)
        checked = self.validate_shop_details(details)
        with self._uow() as tx:
            before = _from_rows({key.removeprefix(PREFIX): value or "" for key, value in tx.connection.execute(
                select(SETTINGS.c.key, SETTINGS.c.value).where(SETTINGS.c.key.startswith(PREFIX)))})
            _upsert(tx.connection, _to_rows(checked))
            changed = [f.name for f in fields(ShopDetails) if getattr(before, f.name) != getattr(checked, f.name)]
            audit.record(tx.connection, actor, "settings", "shop", "save", details={"changed": changed})
            tx.commit()
            return checked

    @staticmethod
    def validate_shop_details(details: ShopDetails) -> ShopDetails:
        """The details tidied (trimmed, blank address lines dropped, logo path resolved), or InvalidValue."""
        name = " ".join(details.name.split())
        if not name:
            raise InvalidValue("name", "the shop needs a name")
        if len(name) > MAX_NAME:
            raise InvalidValue("name", f"a shop name has at most {MAX_NAME} characters")
        lines = tuple(" ".join(line.split()) for line in details.address_lines if line.strip())
        if len(lines) > MAX_LINES:
            raise InvalidValue("address", f"an address has at most {MAX_LINES} lines")
        if any(len(line) > MAX_LINE for line in lines):
            raise InvalidValue("address", f"an address line has at most {MAX_LINE} characters")
        phone = " ".join(details.phone.split())
        if phone and (len(phone) > MAX_PHONE or not any(c.isdigit() for c in phone)):
            raise InvalidValue("phone", f"a phone number has digits and at most {MAX_PHONE} characters")
        email = details.email.strip()
        if email and (len(email) > MAX_EMAIL or not EMAIL.fullmatch(email)):
            raise InvalidValue("email", f"{email!r} is not an e-mail address (like shop@example.com)")
        timezone = details.timezone.strip()
        if timezone and timezone not in _time_zones():
            raise InvalidValue("timezone", f"{timezone!r} is not a time zone name (like Asia/Shanghai)")
        return replace(details, name=name, address_lines=lines, phone=phone, email=email,
                       logo_path=_valid_logo(details.logo_path), timezone=timezone)

    @staticmethod
    def test_connection(url: str) -> str:
        """See :func:`test_connection` (here too, so a view that holds the service can reach it)."""
        return test_connection(url)


def test_connection(url: str) -> str:
    """Connect to the database at `url` once; its server and version ("PostgreSQL 15.4"), or DatabaseUnavailable."""
    engine = make_engine(_with_timeout(url), pool_size=1)
    try:
        check_reachable(engine)
        with engine.connect() as conn:
            version = ".".join(str(part) for part in conn.dialect.server_version_info or ())
    except SQLAlchemyError as error:  # check_reachable names the DBAPI errors; this is anything else
        raise DatabaseUnavailable(str(error).strip().splitlines()[0]) from None
    finally:
        engine.dispose()
    product = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}.get(engine.dialect.name, engine.dialect.name)
    return f"{product} {version}".strip()


def _with_timeout(url: str) -> str:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise DatabaseUnavailable(f"{url!r} is not a database URL (try sqlite:///path/shop.db)") from None
    if parsed.get_backend_name() != "postgresql" or "connect_timeout" in parsed.query:
        return url
    return parsed.update_query_dict({"connect_timeout": str(TEST_TIMEOUT_S)}).render_as_string(hide_password=False)


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _valid_logo(path: str) -> str:
    if not path.strip():
        return ""
    file = Path(path.strip()).expanduser()
    if not file.is_file():
        raise InvalidValue("logo", f"{path.strip()} is not an existing file")
    try:
        with file.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise InvalidValue("logo", f"{file} cannot be read ({error.strerror})") from None
    if not head.startswith(LOGO_SIGNATURES):
        raise InvalidValue("logo", f"{file.name} is not a PNG or JPEG image")
    resolved = str(file.resolve())
    if len(resolved) > MAX_PATH:
        raise InvalidValue("logo", f"the path is longer than {MAX_PATH} characters")
    return resolved


def _from_rows(values: dict[str, str]) -> ShopDetails:
    return ShopDetails(
        name=values.get("name", ""),
        address_lines=tuple(line for line in values.get("address", "").split("\n") if line),
        phone=values.get("phone", ""), email=values.get("email", ""),
        logo_path=values.get("logo_path", ""), timezone=values.get("timezone", ""))


def _to_rows(details: ShopDetails) -> dict[str, str]:
    return {PREFIX + "name": details.name, PREFIX + "address": "\n".join(details.address_lines),
            PREFIX + "phone": details.phone, PREFIX + "email": details.email,
            PREFIX + "logo_path": details.logo_path, PREFIX + "timezone": details.timezone}


def _upsert(conn: Connection, values: dict[str, str]) -> None:
    """One statement for all keys, safe when two desks save at once (ON CONFLICT on both databases)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(SETTINGS).values([{"key": k, "value": v} for k, v in values.items()])
    conn.execute(statement.on_conflict_do_update(index_elements=[SETTINGS.c.key],
                                                 set_={"value": statement.excluded.value}))
