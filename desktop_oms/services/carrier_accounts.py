"""Carrier accounts: where each carrier's API is, whether it is used, and its credentials.

Base URL, enabled and the non-secret ids live in the shop's settings table (every station polls
with the same accounts). Secrets (API keys, client secrets) go to this computer's OS keyring; on a
machine without one (a headless server) they are kept in the database instead, and the caller is
told so. The adapters are built here, once per account, so their keep-alive sessions and OAuth
tokens are reused across polls.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop_oms.db.models import SETTINGS
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.errors import InvalidValue
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.settings import upsert_settings
from desktop_oms.services.tracking import Limits

if TYPE_CHECKING:  # the adapters (and `requests`) are imported when an account is first used
    from desktop_oms.carriers.base import CarrierAdapter, CarrierConfig

log = logging.getLogger(__name__)

PREFIX = "carrier."
KEYRING_SERVICE = "desktop-oms-carriers"
SECRET_FIELDS = ("api_key", "client_secret")
PLAIN_FIELDS = ("base_url", "enabled", "client_id", "customer")


@dataclass(frozen=True)
class Account:
    name: str
    base_url: str
    limits: Limits
    title: str


#: The carriers the CLI names, with their production base URL and published limits.
ACCOUNTS: dict[str, Account] = {a.name: a for a in (
    Account("dhl", "https://api-eu.dhl.com", Limits(per_second=1.0, per_day=250), "DHL Shipment Tracking – Unified"),
    Account("ups", "https://onlinetools.ups.com", Limits(per_second=5.0), "UPS Track API"),
    Account("fedex", "https://apis.fedex.com", Limits(per_second=5.0, per_day=100_000), "FedEx Track API"),
    Account("usps", "https://apis.usps.com", Limits(per_second=1.0, per_day=60 * 24), "USPS Tracking v3"),
    Account("sf_express", "https://sfapi.sf-express.com", Limits(per_second=5.0), "SF Express route query"),
    Account("kuaidi100", "https://poll.kuaidi100.com", Limits(per_second=5.0), "Kuaidi100 real-time query"),
    Account("17track", "https://api.17track.net", Limits(per_second=3.0), "17TRACK API v2.2"),
    Account("simulator", "http://127.0.0.1:8765", Limits(per_second=200.0), "Carrier simulator (DHL format)"),
)}


@dataclass(frozen=True)
class AccountSettings:
    name: str
    base_url: str
    enabled: bool
    client_id: str = ""
    customer: str = ""
    has_api_key: bool = False
    has_client_secret: bool = False
    secrets_in: str = ""  # "keyring", "database" or "" (none stored)


class CarrierAccounts:
    def __init__(self, uow: UnitOfWorkFactory, *, keyring: Any = None) -> None:
        self._uow = uow
        self._keyring = keyring  # injected in tests; else the `keyring` package, loaded when needed
        self._adapters: dict[str, tuple[CarrierAdapter, Limits, tuple[Any, ...]]] = {}
        self._lock = threading.Lock()

    # --- reading and writing --------------------------------------------------------------

    def list_accounts(self, *, actor: Actor) -> list[AccountSettings]:
        actor.require(Permission.VIEW_ORDERS)
        stored = self._stored()
        return [self._settings(name, stored) for name in ACCOUNTS]

    def update(self, name: str, *, actor: Actor, base_url: str | None = None, enabled: bool | None = None,
               client_id: str | None = None, customer: str | None = None, api_key: str | None = None,
               client_secret: str | None = None) -> tuple[AccountSettings, str]:
        """Change an account; returns it and where its secrets went ("keyring" or "database")."""
        actor.require(Permission.MANAGE_SETTINGS)
        if name not in ACCOUNTS:
            raise InvalidValue("carrier", f"unknown carrier {name!r}; one of {', '.join(ACCOUNTS)}")
        values: dict[str, str] = {}
        if base_url is not None:
            url = base_url.strip().rstrip("/")
            if not url.startswith(("http://", "https://")) or len(url) > 300 or any(c.isspace() for c in url):
                raise InvalidValue("base_url", "an http:// or https:// address")
            values["base_url"] = url
        if enabled is not None:
            values["enabled"] = "1" if enabled else "0"
        for field, value in (("client_id", client_id), ("customer", customer)):
            if value is not None:
                if len(value) > 200:
                    raise InvalidValue(field, "at most 200 characters")
                values[field] = value.strip()
        where = ""
        secrets = {f: v for f, v in (("api_key", api_key), ("client_secret", client_secret)) if v is not None}
        for field, value in secrets.items():
            if len(value) > 500:
                raise InvalidValue(field, "at most 500 characters")
            where = self._store_secret(name, field, value.strip(), values)
        with self._uow() as tx:
            if values:
                upsert_settings(tx.connection, {f"{PREFIX}{name}.{k}": v for k, v in values.items()})
            changed = {k.removesuffix("_db").removesuffix("_keyring") for k in values} | set(secrets)
            audit.record(tx.connection, actor, "settings", f"carrier {name}", "save",
                         details={"changed": sorted(changed)})  # never the secrets themselves
            tx.commit()
        with self._lock:
            self._adapters.pop(name, None)
        return self._settings(name, self._stored()), where

    # --- adapters for the poller ----------------------------------------------------------

    def adapter_for(self, name: str) -> tuple[CarrierAdapter, Limits] | None:
        """The account's adapter and limits, or None when it is not enabled (or cannot work)."""
        if name not in ACCOUNTS:
            return None
        stored = self._stored()
        account = self._settings(name, stored)
        if not account.enabled:
            if name != "simulator" and stored.get("simulator.stand_in") == "1":
                return self.adapter_for("simulator")  # the demo shop: the simulator answers for every carrier
            return None
        from desktop_oms.carriers.base import CarrierConfig

        config = CarrierConfig(name=name, base_url=account.base_url, api_key=self._secret(name, "api_key", stored),
                               client_id=account.client_id, client_secret=self._secret(name, "client_secret", stored),
                               customer=account.customer, requests_per_second=ACCOUNTS[name].limits.per_second,
                               daily_quota=ACCOUNTS[name].limits.per_day)
        key = (config.base_url, config.api_key, config.client_id, config.client_secret, config.customer)
        with self._lock:
            cached = self._adapters.get(name)
            if cached is not None and cached[2] == key:
                return cached[0], cached[1]
            adapter = build_adapter(config)
            self._adapters[name] = (adapter, ACCOUNTS[name].limits, key)
            return adapter, ACCOUNTS[name].limits

    def let_simulator_stand_in(self, *, actor: Actor, port: int) -> None:
        """For the demo shop: the carrier simulator on this port answers for every carrier not set up."""
        actor.require(Permission.MANAGE_SETTINGS)
        with self._uow() as tx:
            upsert_settings(tx.connection, {f"{PREFIX}simulator.stand_in": "1", f"{PREFIX}simulator.enabled": "1",
                                    f"{PREFIX}simulator.base_url": f"http://127.0.0.1:{port}"})
            audit.record(tx.connection, actor, "settings", "carrier simulator", "save",
                         details={"changed": ["stand_in", "enabled", "base_url"]})
            tx.commit()
        with self._lock:
            self._adapters.pop("simulator", None)

    def test_connection(self, name: str, *, actor: Actor) -> str:
        actor.require(Permission.MANAGE_SETTINGS)
        found = self.adapter_for(name)
        if found is None:
            raise InvalidValue("carrier", f"{name} is not enabled")
        return found[0].test_connection()

    # --- plumbing ---------------------------------------------------------------------------

    def _stored(self) -> dict[str, str]:
        with self._uow(read_only=True) as tx:
            rows = tx.connection.execute(select(SETTINGS.c.key, SETTINGS.c.value)
                                         .where(SETTINGS.c.key.startswith(PREFIX)))
            return {key.removeprefix(PREFIX): value or "" for key, value in rows}

    def _settings(self, name: str, stored: dict[str, str]) -> AccountSettings:
        def get(field: str, default: str = "") -> str:
            return stored.get(f"{name}.{field}", default)

        enabled = get("enabled", "1" if name == "simulator" else "0") == "1"
        in_db = any(get(f"{f}_db") for f in SECRET_FIELDS)
        in_keyring = any(get(f"{f}_keyring") == "1" for f in SECRET_FIELDS)
        return AccountSettings(
            name=name, base_url=get("base_url") or ACCOUNTS[name].base_url, enabled=enabled,
            client_id=get("client_id"), customer=get("customer"),
            has_api_key=bool(get("api_key_db") or get("api_key_keyring") == "1"),
            has_client_secret=bool(get("client_secret_db") or get("client_secret_keyring") == "1"),
            secrets_in="database" if in_db else "keyring" if in_keyring else "")

    def _store_secret(self, name: str, field: str, value: str, values: dict[str, str]) -> str:
        try:
            keyring = self._keyring_module()
            if value:
                keyring.set_password(KEYRING_SERVICE, f"{name}.{field}", value)
            else:
                keyring.delete_password(KEYRING_SERVICE, f"{name}.{field}")
        except Exception as error:  # no keyring here (a headless server): the shop database keeps it
            log.info("no keyring for the %s %s (%s): stored in the shop database", name, field, error)
            values[f"{field}_db"] = value
            values[f"{field}_keyring"] = "0"
            return "database"
        values[f"{field}_db"] = ""
        values[f"{field}_keyring"] = "1" if value else "0"
        return "keyring"

    def _secret(self, name: str, field: str, stored: dict[str, str]) -> str:
        if stored.get(f"{name}.{field}_db"):
            return stored[f"{name}.{field}_db"]
        if stored.get(f"{name}.{field}_keyring") != "1":
            return ""
        try:
            return str(self._keyring_module().get_password(KEYRING_SERVICE, f"{name}.{field}") or "")
        except Exception as error:
            log.warning("the %s %s could not be read from the keyring: %s", name, field, error)
            return ""

    def _keyring_module(self) -> Any:
        if self._keyring is None:
            import keyring

            self._keyring = keyring
        return self._keyring


def build_adapter(config: CarrierConfig) -> CarrierAdapter:
    """The adapter of an account (the simulator speaks DHL's format)."""
    from desktop_oms.carriers import dhl, fedex, kuaidi100, sf_express, track17, ups, usps

    classes: dict[str, Any] = {"dhl": dhl.DhlAdapter, "simulator": dhl.DhlAdapter, "ups": ups.UpsAdapter,
                               "fedex": fedex.FedexAdapter, "usps": usps.UspsAdapter,
                               "sf_express": sf_express.SfExpressAdapter, "kuaidi100": kuaidi100.Kuaidi100Adapter,
                               "17track": track17.Track17Adapter}
    if config.name == "simulator":
        config = replace(config, api_key=config.api_key or "demo")
    adapter: CarrierAdapter = classes[config.name](config)
    return adapter
