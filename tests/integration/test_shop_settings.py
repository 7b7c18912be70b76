"""The shop's details, the connection test and the user config file with its keyring, on SQLite and PostgreSQL."""

from __future__ import annotations

import struct
import tomllib
import zlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest
from sqlalchemy import select

from desktop_oms.bootstrap import Services
from desktop_oms.config import DatabaseLocation, KeyringUnavailable, Settings, toml_text
from desktop_oms.db.models import AUDIT_LOG
from desktop_oms.domain.errors import DatabaseUnavailable, InvalidValue, PermissionDenied
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services import settings as settings_module
from desktop_oms.services.settings import ShopDetails

AGENT = Actor("agent", Role.AGENT)
PACKER = Actor("packer", Role.PACKER)


def png() -> bytes:
    """A valid one-pixel PNG, made here so no binary fixture is needed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A password store in a dict, so no test touches the real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "config.toml"
    monkeypatch.setattr(Settings, "config_file", staticmethod(lambda: path))
    for name in ("DESKTOP_OMS_DB", "DESKTOP_OMS_LANG", "DESKTOP_OMS_STATION"):
        monkeypatch.delenv(name, raising=False)
    return path


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def logo(tmp_path: Path) -> Path:
    path = tmp_path / "logo.png"
    path.write_bytes(png())
    return path


def details(**changes: object) -> ShopDetails:
    base = {"name": "Tea House 茶舍", "address_lines": ("西湖区文三路 90 号", "杭州 310012"), "phone": "+86 571 8888 0000",
            "email": "shop@example.cn", "logo_path": "", "timezone": "Asia/Shanghai"}
    return ShopDetails(**{**base, **changes})  # type: ignore[arg-type]


# -- the shop's details ------------------------------------------------------------------------------

def test_a_new_shop_has_empty_details_that_every_logged_in_user_may_read(services: Services) -> None:
    assert services.settings.shop_details(PACKER) == ShopDetails()


def test_saved_details_read_back_tidied_at_every_desk_and_are_audited(
        services: Services, admin: Actor, logo: Path) -> None:
    saved = services.settings.save_shop_details(
        details(name="  Tea   House 茶舍 ", address_lines=(" 西湖区文三路 90 号 ", "", "杭州 310012", "   "),
                email=" shop@example.cn ", logo_path=str(logo)), admin)
    assert saved == details(logo_path=str(logo.resolve()))
    assert services.settings.shop_details(AGENT) == saved
    with services.engine.connect() as conn:
        rows = conn.execute(select(AUDIT_LOG).where(AUDIT_LOG.c.entity == "settings")).all()
    assert [(r.user, r.entity_ref, r.action) for r in rows] == [("tester", "shop", "save")]
    assert set(rows[0].details["changed"]) == {"name", "address_lines", "phone", "email", "logo_path", "timezone"}


def test_saving_again_replaces_every_field_including_emptied_ones(services: Services, admin: Actor) -> None:
    services.settings.save_shop_details(details(), admin)
    second = details(name="Tea House", address_lines=(), phone="", email="", timezone="")
    services.settings.save_shop_details(second, admin)
    assert services.settings.shop_details(admin) == second


@pytest.mark.parametrize(("field", "changes"), [
    ("name", {"name": "   "}),
    ("name", {"name": "x" * 121}),
    ("address", {"address_lines": tuple(f"line {n}" for n in range(7))}),
    ("address", {"address_lines": ("y" * 121,)}),
    ("phone", {"phone": "call us"}),
    ("email", {"email": "shop.example.cn"}),
    ("email", {"email": "shop@example"}),
    ("email", {"email": "two words@example.cn"}),
    ("logo", {"logo_path": "/nowhere/logo.png"}),
    ("logo", {"logo_path": "NOT-AN-IMAGE"}),
    ("timezone", {"timezone": "Asia/Atlantis"}),
    ("timezone", {"timezone": "CST+8"}),
    ("refund_limit", {"refund_limit": "lots"}),
    ("refund_limit", {"refund_limit": "-5"}),
    ("refund_limit", {"refund_limit": "NaN"}),
])
def test_each_refusal_names_its_field_and_stores_nothing(
        sqlite_services: Services, admin: Actor, tmp_path: Path, field: str, changes: dict[str, object]) -> None:
    if changes.get("logo_path") == "NOT-AN-IMAGE":
        text = tmp_path / "logo.gif"
        text.write_bytes(b"GIF89a not a logo we print")
        changes = {"logo_path": str(text)}
    with pytest.raises(InvalidValue) as refused:
        sqlite_services.settings.save_shop_details(details(**changes), admin)
    assert refused.value.field == field
    assert sqlite_services.settings.shop_details(admin) == ShopDetails()


def test_the_refund_limit_is_kept_with_the_shop_and_is_the_one_refunds_are_held_to(
        services: Services, admin: Actor) -> None:
    assert services.cases.refund_limit() == Decimal("200.00")  # nothing set: the default
    saved = services.settings.save_shop_details(details(refund_limit=" 1,500.5 "), admin)
    assert saved.refund_limit == "1500.50"
    assert services.cases.refund_limit() == Decimal("1500.50")
    services.cases.set_refund_limit(Decimal("80"), actor=admin)  # the command line's way, the same setting
    assert services.settings.shop_details(admin).refund_limit == "80.00"
    services.settings.save_shop_details(details(refund_limit=""), admin)
    assert services.cases.refund_limit() == Decimal("200.00")


def test_a_refused_save_keeps_the_details_saved_before(services: Services, admin: Actor) -> None:
    services.settings.save_shop_details(details(), admin)
    with pytest.raises(InvalidValue):
        services.settings.save_shop_details(details(name="New name", email="not an address"), admin)
    assert services.settings.shop_details(admin) == details()


def test_an_agent_may_read_but_not_change_the_shop_details(services: Services, admin: Actor) -> None:
    services.settings.save_shop_details(details(), admin)
    with pytest.raises(PermissionDenied):
        services.settings.save_shop_details(details(name="Agent's shop"), AGENT)
    assert services.settings.shop_details(AGENT) == details()
    with services.engine.connect() as conn:
        assert len(conn.execute(select(AUDIT_LOG).where(AUDIT_LOG.c.entity == "settings")).all()) == 1


# -- the connection test -----------------------------------------------------------------------------

def test_the_connection_test_names_the_server_and_its_version(db_url: str) -> None:
    version = settings_module.test_connection(db_url)
    product, number = version.split(" ")
    assert product == ("SQLite" if db_url.startswith("sqlite") else "PostgreSQL")
    assert number.split(".")[0].isdigit()


@pytest.mark.postgres
def test_a_wrong_port_is_one_sentence_naming_the_port(pg_url: str) -> None:
    location = DatabaseLocation.parse(pg_url)
    wrong = DatabaseLocation.server(location.host, 1, location.database, location.user).url()
    with pytest.raises(DatabaseUnavailable) as refused:
        settings_module.test_connection(wrong)
    assert "\n" not in str(refused.value)
    assert ".s.PGSQL.1" in str(refused.value) or "port 1" in str(refused.value)


@pytest.mark.parametrize("url", ["not a url", "postgresql+psycopg://root@host:notaport/shop", "mysql://u@h/db"])
def test_what_is_no_database_url_is_refused_in_one_sentence(url: str) -> None:
    with pytest.raises(DatabaseUnavailable) as refused:
        settings_module.test_connection(url)
    assert str(refused.value) and "\n" not in str(refused.value)


# -- the user config file and the keyring --------------------------------------------------------------

def test_a_password_goes_to_the_keyring_and_comes_back_on_load(
        config_file: Path, memory_keyring: MemoryKeyring) -> None:
    url = DatabaseLocation.server("db.example.cn", 5433, "shop", "店员 clerk", 'p@ss:w/"rd\\').url()
    Settings.save_user_config(db_url=url, lang="zh_TW")
    text = config_file.read_text(encoding="utf-8")
    assert "p@ss" not in text and "p%40ss" not in text
    stored = tomllib.loads(text)
    assert DatabaseLocation.parse(stored["db_url"]).password == ""
    assert stored["lang"] == "zh_TW"
    assert memory_keyring.passwords == {("desktop-oms", "店员 clerk@db.example.cn:5433/shop"): 'p@ss:w/"rd\\'}
    loaded = Settings.load()
    assert DatabaseLocation.parse(loaded.db_url) == DatabaseLocation.parse(url)
    assert loaded.lang == "zh_TW"


def test_without_a_keyring_a_password_is_refused_and_nothing_is_written(config_file: Path, no_keyring: None) -> None:
    url = DatabaseLocation.server("db.example.cn", None, "shop", "clerk", "secret").url()
    with pytest.raises(KeyringUnavailable) as refused:
        Settings.save_user_config(db_url=url, lang="zh_CN")
    assert refused.value.field == "password"
    assert "keyring" in str(refused.value)
    assert not config_file.exists()


def test_without_a_keyring_a_url_without_password_is_saved_and_loaded(config_file: Path, no_keyring: None) -> None:
    url = "postgresql+psycopg://root@/postgres?host=/var/run/postgresql"
    Settings.save_user_config(db_url=url)
    assert Settings.load().db_url == url


def test_a_password_no_longer_used_is_removed_from_the_keyring(
        config_file: Path, memory_keyring: MemoryKeyring, tmp_path: Path) -> None:
    Settings.save_user_config(db_url=DatabaseLocation.server("db", None, "shop", "clerk", "secret").url())
    assert memory_keyring.passwords
    Settings.save_user_config(db_url=f"sqlite:///{tmp_path}/shop.db")
    assert memory_keyring.passwords == {}
    assert Settings.load().db_url == f"sqlite:///{tmp_path}/shop.db"


def test_saving_keeps_the_other_entries_of_the_file_and_escapes_every_value(config_file: Path) -> None:
    config_file.parent.mkdir(parents=True)
    config_file.write_text('station = "packing desk 2"\ntimezone = "Asia/Taipei"\n[printing]\nlabel = "Zebra"\n',
                           encoding="utf-8")
    odd = 'sqlite:////tmp/a "quoted"\\ folder\t/店 shop.db'
    Settings.save_user_config(db_url=odd, lang="zh_CN")
    stored = tomllib.loads(config_file.read_text(encoding="utf-8"))
    assert stored == {"station": "packing desk 2", "timezone": "Asia/Taipei", "printing": {"label": "Zebra"},
                      "db_url": odd, "lang": "zh_CN"}
    loaded = Settings.load()
    assert (loaded.db_url, loaded.lang, loaded.station, loaded.timezone) == (odd, "zh_CN", "packing desk 2",
                                                                            "Asia/Taipei")


def test_an_unknown_language_is_refused(config_file: Path) -> None:
    with pytest.raises(InvalidValue) as refused:
        Settings.save_user_config(lang="fr")
    assert refused.value.field == "lang"
    assert not config_file.exists()


def test_the_toml_writer_round_trips_what_tomllib_reads() -> None:
    values = {"s": 'a"b\\c\n\x01\x7fé 茶', "n": -3, "f": 1.5, "yes": True, "items": [1, "two", [3.0]],
              "odd key": "x", "table": {"k": "v", "inner": {"deep": False}}, "empty": {}}
    assert tomllib.loads(toml_text(values)) == values


@pytest.mark.parametrize("url", [
    "postgresql+psycopg://root@/postgres?host=/var/run/postgresql",
    "postgresql+psycopg://a%40b:p%3Aw%2Fd@db.example.com:5433/shop?sslmode=require",
    "postgresql://u@[::1]:5432/x",
    "sqlite:////tmp/100%25 sure/shop.db",
    "sqlite:///relative.db",
])
def test_a_database_url_survives_being_split_into_parts_the_way_sqlalchemy_reads_it(url: str) -> None:
    from sqlalchemy.engine import make_url

    location = DatabaseLocation.parse(url)
    assert DatabaseLocation.parse(location.url()) == location
    ours, theirs = make_url(location.url()), make_url(url)
    assert (ours.username, ours.password, ours.host, ours.port, ours.database, dict(ours.query)) == (
        theirs.username, theirs.password, theirs.host, theirs.port, theirs.database, dict(theirs.query))
