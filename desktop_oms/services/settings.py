"""The shop's details (name, address, contact, logo, time zone), its mail server, and a database connection test.

The mail server's settings live in the settings table under "smtp." keys; its password never does:
it goes to this computer's OS keyring (service "desktop-oms-smtp"), and without a working keyring
saving one is refused, naming the field.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any
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

log = logging.getLogger(__name__)

#: Where each field of ShopDetails lives in the key/value settings table.
PREFIX = "shop."
MAX_NAME, MAX_LINE, MAX_LINES, MAX_PHONE, MAX_EMAIL, MAX_PATH = 120, 120, 6, 40, 254, 500
#: The first bytes of a PNG and of a JPEG file: the logo is printed on slips, which take these two.
LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
#: A connection test gives up after this many seconds instead of hanging on an unanswered address.
TEST_TIMEOUT_S = 10
#: Where each field of SmtpSettings lives (the password only says whether the keyring has one).
SMTP_PREFIX = "smtp."
SMTP_KEYRING_SERVICE = "desktop-oms-smtp"
SMTP_SECURITY = ("starttls", "ssl", "none")
SMTP_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]")
MAX_HOST, MAX_USER, MAX_PASSWORD = 253, 254, 500


@dataclass(frozen=True)
class ShopDetails:
    """What the shop says about itself on slips and labels. `timezone` "" means the computer's."""

    name: str = ""
    address_lines: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    logo_path: str = ""
    timezone: str = ""
    #: Refunds above this amount wait for a manager's approval ("" means the default, 200.00).
    refund_limit: str = ""


@dataclass(frozen=True)
class SmtpSettings:
    """The mail server customer notifications go through. `host` "" means no mail is sent.

    `security`: "starttls" (port 587), "ssl" (SMTPS, port 465) or "none"; port 0 means that default.
    """

    host: str = ""
    port: int = 587
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    from_address: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.from_address)


class SettingsService:
    def __init__(self, uow: UnitOfWorkFactory, *, keyring: Any = None) -> None:
        self._uow = uow
        self._keyring = keyring  # injected in tests; else the `keyring` package, loaded when needed

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
            upsert_settings(tx.connection, _to_rows(checked))
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
                       logo_path=_valid_logo(details.logo_path), timezone=timezone,
                       refund_limit=_valid_amount(details.refund_limit, "refund_limit"))

    # --- the mail server ----------------------------------------------------------------------

    def smtp_settings(self, actor: Actor) -> SmtpSettings:
        """The mail server's settings with the password from the keyring ("" when none is kept or readable)."""
        actor.require(Permission.MANAGE_SETTINGS)
        return self.smtp_for_sending()

    def smtp_for_sending(self) -> SmtpSettings:
        """The same, for the background sender (no one's permission: it shows nothing to anyone)."""
        stored = self._smtp_rows()
        settings = _smtp_from_rows(stored)
        if stored.get("password_in_keyring") != "1":
            return settings
        try:
            password = self._keyring_module().get_password(SMTP_KEYRING_SERVICE, _smtp_key(settings))
        except Exception as error:  # a broken password store: the sender will say the log-in failed
            log.warning("the mail server password could not be read from the keyring: %s", error)
            return settings
        return replace(settings, password=str(password or ""))

    def save_smtp_settings(self, settings: SmtpSettings, actor: Actor) -> SmtpSettings:
        """Validate (naming the field at fault), keep the password in the keyring, store and audit.

        Returns the settings as stored. With no working keyring a password is refused (InvalidValue
        "password") and nothing is saved; an empty password removes the kept one.
        """
        actor.require(Permission.MANAGE_SETTINGS)
        checked = self.validate_smtp_settings(settings)
        before = self.smtp_for_sending()
        kept = self._keep_password(before, checked)
        with self._uow() as tx:
            rows = {SMTP_PREFIX + k: v for k, v in _smtp_to_rows(checked).items()}
            rows[SMTP_PREFIX + "password_in_keyring"] = "1" if kept else ""
            upsert_settings(tx.connection, rows)
            changed = [f.name for f in fields(SmtpSettings) if getattr(before, f.name) != getattr(checked, f.name)]
            audit.record(tx.connection, actor, "settings", "smtp", "save",
                         details={"changed": changed})  # never the password itself
            tx.commit()
        return checked

    @staticmethod
    def validate_smtp_settings(settings: SmtpSettings) -> SmtpSettings:
        """The settings tidied (trimmed, the port defaulted from the security), or InvalidValue."""
        host = settings.host.strip()
        if host and (len(host) > MAX_HOST or not HOST.fullmatch(host)):
            raise InvalidValue("host", f"{host[:60]!r} is not a server name (like smtp.example.com)")
        security = settings.security.strip().lower()
        if security not in SMTP_SECURITY:
            raise InvalidValue("security", f"one of {', '.join(SMTP_SECURITY)}")
        port = settings.port or SMTP_PORTS[security]
        if not 0 < port < 65536:
            raise InvalidValue("port", "a port number from 1 to 65535")
        user = settings.user.strip()
        if len(user) > MAX_USER or not user.isprintable():
            raise InvalidValue("user", f"at most {MAX_USER} characters, no line breaks")
        if len(settings.password) > MAX_PASSWORD or not settings.password.isprintable():
            raise InvalidValue("password", f"at most {MAX_PASSWORD} characters, no line breaks")
        sender = settings.from_address.strip()
        if sender and (len(sender) > MAX_EMAIL or not EMAIL.fullmatch(sender)):
            raise InvalidValue("from_address", f"{sender!r} is not an e-mail address (like shop@example.com)")
        if host and not sender:
            raise InvalidValue("from_address", "mail needs a sender address (like shop@example.com)")
        return SmtpSettings(host=host, port=port, security=security, user=user, password=settings.password,
                            from_address=sender)

    def _keep_password(self, before: SmtpSettings, after: SmtpSettings) -> bool:
        """Put `after`'s password in the keyring (or remove it); whether the keyring now holds one."""
        old, new = _smtp_key(before), _smtp_key(after)
        if after.password and (after.password != before.password or old != new):
            try:
                self._keyring_module().set_password(SMTP_KEYRING_SERVICE, new, after.password)
            except Exception as error:  # no backend, a locked or refusing store: never into the database
                raise InvalidValue("password", "this computer has no password store (keyring), so the mail "
                                               f"server password was not saved ({_first_line(error)}); leave "
                                               "it empty to send without logging in") from None
        if before.password and (not after.password or old != new):
            self._forget_password(old)
        return bool(after.password)

    def _forget_password(self, key: str) -> None:
        try:
            self._keyring_module().delete_password(SMTP_KEYRING_SERVICE, key)
        except Exception as error:  # already gone, or no store: nothing left to forget
            log.info("no old mail server password removed from the keyring (%s)", error)

    def _smtp_rows(self) -> dict[str, str]:
        with self._uow(read_only=True) as tx:
            rows = tx.connection.execute(
                select(SETTINGS.c.key, SETTINGS.c.value).where(SETTINGS.c.key.startswith(SMTP_PREFIX)))
            return {key.removeprefix(SMTP_PREFIX): value or "" for key, value in rows}

    def _keyring_module(self) -> Any:
        if self._keyring is None:
            import keyring  # only when a password is kept or read: finding its backends takes a moment

            self._keyring = keyring
        return self._keyring

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


def _valid_amount(text: str, field: str) -> str:
    """A money amount as stored ("" stays ""): at least 0, two decimals."""
    cleaned = text.strip().replace(",", "")
    if not cleaned:
        return ""
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidValue(field, f"{text.strip()!r} is not an amount (like 200.00)") from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e12"):
        raise InvalidValue(field, "an amount from 0 to 999,999,999,999.99")
    return str(amount.quantize(Decimal("0.01")))


def _from_rows(values: dict[str, str]) -> ShopDetails:
    return ShopDetails(
        name=values.get("name", ""),
        address_lines=tuple(line for line in values.get("address", "").split("\n") if line),
        phone=values.get("phone", ""), email=values.get("email", ""),
        logo_path=values.get("logo_path", ""), timezone=values.get("timezone", ""),
        refund_limit=values.get("refund_limit", ""))


def _to_rows(details: ShopDetails) -> dict[str, str]:
    return {PREFIX + "name": details.name, PREFIX + "address": "\n".join(details.address_lines),
            PREFIX + "phone": details.phone, PREFIX + "email": details.email,
            PREFIX + "logo_path": details.logo_path, PREFIX + "timezone": details.timezone,
            PREFIX + "refund_limit": details.refund_limit}


def _smtp_from_rows(values: dict[str, str]) -> SmtpSettings:
    security = values.get("security", "starttls")
    port = values.get("port", "")
    return SmtpSettings(host=values.get("host", ""), security=security,
                        port=int(port) if port.isdigit() else SMTP_PORTS.get(security, 587),
                        user=values.get("user", ""), from_address=values.get("from_address", ""))


def _smtp_to_rows(settings: SmtpSettings) -> dict[str, str]:
    return {"host": settings.host, "port": str(settings.port), "security": settings.security,
            "user": settings.user, "from_address": settings.from_address}


def _smtp_key(settings: SmtpSettings) -> str:
    """Under which name the keyring keeps the password: ``user@host:port``."""
    return f"{settings.user}@{settings.host}:{settings.port}"


def _first_line(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def upsert_settings(conn: Connection, values: dict[str, str]) -> None:
    """One statement for all keys, safe when two desks save at once (ON CONFLICT on both databases)."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(SETTINGS).values([{"key": k, "value": v} for k, v in values.items()])
    conn.execute(statement.on_conflict_do_update(index_elements=[SETTINGS.c.key],
                                                 set_={"value": statement.excluded.value}))
