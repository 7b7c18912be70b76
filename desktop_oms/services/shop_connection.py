"""The web-shop connection's settings: the shop's address, the consumer key, the secret (OS keyring, else the
database, as carrier_accounts.py keeps carrier secrets), enabled; and the connection's shared state row.

The row (table ``shop_connections``) also holds what the sync keeps across processes: the incremental
cursor, the shop's Retry-After, the last error and when it last ran.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from desktop_oms.db.bulk import insert_if_absent
from desktop_oms.db.models import SHOP_CONNECTIONS, utcnow
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.errors import InvalidValue
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.shop_results import ShopConnectionData

log = logging.getLogger(__name__)

CHANNELS = ("woocommerce",)
KEYRING_SERVICE = "desktop-oms-shops"
MAX_URL, MAX_KEY, MAX_SECRET = 300, 200, 500


def ensure_row(conn: Connection, channel: str) -> None:
    insert_if_absent(conn, SHOP_CONNECTIONS, {
        "channel": channel, "base_url": "", "consumer_key": "", "secret_db": "", "secret_in_keyring": False,
        "enabled": False, "failures": 0, "last_error": "", "updated_at": utcnow()})


def read_row(conn: Connection, channel: str) -> Any:
    return conn.execute(select(SHOP_CONNECTIONS).where(SHOP_CONNECTIONS.c.channel == channel)).one_or_none()


def data_of(channel: str, row: Any) -> ShopConnectionData:
    if row is None:
        return ShopConnectionData(channel)
    return ShopConnectionData(
        channel=channel, base_url=row.base_url, consumer_key=row.consumer_key,
        has_secret=bool(row.secret_db or row.secret_in_keyring),
        secret_in="database" if row.secret_db else "keyring" if row.secret_in_keyring else "",
        enabled=bool(row.enabled), modified_after=row.modified_after, last_sync_at=row.last_sync_at,
        last_success_at=row.last_success_at, last_error=row.last_error, last_error_at=row.last_error_at,
        retry_after_until=row.retry_after_until)


class ShopConnections:
    def __init__(self, uow: UnitOfWorkFactory, *, keyring: Any = None) -> None:
        self._uow = uow
        self._keyring = keyring  # injected in tests; else the `keyring` package, loaded when needed

    def get(self, channel: str = "woocommerce", *, actor: Actor) -> ShopConnectionData:
        actor.require(Permission.VIEW_ORDERS)
        _check_channel(channel)
        with self._uow(read_only=True) as tx:
            return data_of(channel, read_row(tx.connection, channel))

    def update(self, channel: str = "woocommerce", *, actor: Actor, base_url: str | None = None,
               consumer_key: str | None = None, consumer_secret: str | None = None,
               enabled: bool | None = None) -> tuple[ShopConnectionData, str]:
        """Change the connection; returns it and where the secret went ("keyring", "database" or "")."""
        actor.require(Permission.MANAGE_SETTINGS)
        _check_channel(channel)
        values: dict[str, Any] = {}
        if base_url is not None:
            url = base_url.strip().rstrip("/")
            if not url.startswith(("http://", "https://")) or len(url) > MAX_URL or any(c.isspace() for c in url):
                raise InvalidValue("url", "the shop's http:// or https:// address, such as https://shop.example.cn")
            values["base_url"] = url
        if consumer_key is not None:
            key = consumer_key.strip()
            if len(key) > MAX_KEY or any(c.isspace() for c in key):
                raise InvalidValue("key", f"a consumer key (ck_…) of at most {MAX_KEY} characters")
            values["consumer_key"] = key
        if enabled is not None:
            values["enabled"] = enabled
        where = ""
        if consumer_secret is not None:
            secret = consumer_secret.strip()
            if len(secret) > MAX_SECRET or any(c.isspace() for c in secret):
                raise InvalidValue("secret", f"a consumer secret (cs_…) of at most {MAX_SECRET} characters")
            where = self._store_secret(channel, secret, values)
        with self._uow(core=True) as tx:
            conn = tx.connection
            ensure_row(conn, channel)
            if values:
                conn.execute(update(SHOP_CONNECTIONS).where(SHOP_CONNECTIONS.c.channel == channel)
                             .values(**values, updated_at=utcnow()))
            changed = sorted({k.removesuffix("_db").removeprefix("secret_in_") for k in values}
                             | ({"consumer_secret"} if consumer_secret is not None else set()))
            audit.record(conn, actor, "settings", f"shop {channel}", "save",
                         details={"changed": [c for c in changed if c not in ("secret", "keyring")]})
            row = read_row(conn, channel)
            tx.commit()
        return data_of(channel, row), where

    def secret(self, channel: str, row: Any) -> str:
        """The consumer secret of a connection row (from the database, else this computer's keyring)."""
        if row.secret_db:
            return str(row.secret_db)
        if not row.secret_in_keyring:
            return ""
        try:
            return str(self._keyring_module().get_password(KEYRING_SERVICE, f"{channel}.consumer_secret") or "")
        except Exception as error:
            log.warning("the %s consumer secret could not be read from the keyring: %s", channel, error)
            return ""

    def _store_secret(self, channel: str, value: str, values: dict[str, Any]) -> str:
        try:
            keyring = self._keyring_module()
            if value:
                keyring.set_password(KEYRING_SERVICE, f"{channel}.consumer_secret", value)
            else:
                keyring.delete_password(KEYRING_SERVICE, f"{channel}.consumer_secret")
        except Exception as error:  # no keyring here (a headless server): the shop database keeps it
            log.info("no keyring for the %s consumer secret (%s): stored in the shop database", channel, error)
            values["secret_db"] = value
            values["secret_in_keyring"] = False
            return "database"
        values["secret_db"] = ""
        values["secret_in_keyring"] = bool(value)
        return "keyring"

    def _keyring_module(self) -> Any:
        if self._keyring is None:
            import keyring

            self._keyring = keyring
        return self._keyring


def _check_channel(channel: str) -> None:
    if channel not in CHANNELS:
        raise InvalidValue("shop", f"unknown shop {channel!r}; one of {', '.join(CHANNELS)}")
