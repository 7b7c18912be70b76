"""Shared fixtures: a SQLite file, a fresh PostgreSQL database, the services over either."""

from __future__ import annotations

import gc
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_oms import bootstrap
from desktop_oms.config import Settings
from desktop_oms.db.engine import make_engine, upgrade
from desktop_oms.domain.users import Actor, Role
from desktop_oms.views.collector import collect_if_due

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Where the PostgreSQL tests connect; `{db}` is replaced by a fresh database per test.
PG_TEMPLATE = os.environ.get(
    "DESKTOP_OMS_TEST_PG", "postgresql+psycopg://root@/{db}?host=/var/run/postgresql"
)
IN_CI = os.environ.get("CI", "").lower() == "true"

#: CPython's own thresholds, taken before the suite turns automatic collection off.
GC_THRESHOLDS = gc.get_threshold()


@pytest.fixture(scope="session", autouse=True)
def _cycles_freed_on_the_main_thread() -> Iterator[None]:
    """As in the app (views/collector.py): a pool thread must never free a cycle holding a Qt object."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    yield
    collect_if_due(GC_THRESHOLDS)


def _admin_conninfo() -> str:
    from sqlalchemy.engine import make_url

    url = make_url(PG_TEMPLATE.format(db="postgres"))
    parts = [f"dbname={url.database}"]
    host = url.query.get("host") or url.host
    if host:
        parts.append(f"host={host}")
    if url.port:
        parts.append(f"port={url.port}")
    if url.username:
        parts.append(f"user={url.username}")
    if url.password:
        parts.append(f"password={url.password}")
    return " ".join(parts)


def _pg_unavailable(reason: str) -> None:
    message = f"PostgreSQL is not reachable ({reason}); start it with .ci/postgres"
    if IN_CI:
        pytest.fail(message)  # under CI=true the PostgreSQL tests must run, never skip
    pytest.skip(message)


def _pg_admin() -> Any:
    import psycopg

    try:
        return psycopg.connect(_admin_conninfo(), autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        _pg_unavailable(str(error).strip().splitlines()[0])
        raise


def _pg_database(template: str | None, name: str = "") -> Iterator[str]:
    import psycopg

    name = name or f"oms_test_{uuid.uuid4().hex[:12]}"
    with _pg_admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield PG_TEMPLATE.format(db=name)
    finally:
        with psycopg.connect(_admin_conninfo(), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def _pg_migrated_template() -> Iterator[str]:
    """One database migrated to head per session; each test's database is a copy of it (CREATE … TEMPLATE)."""
    name = f"oms_tpl_{uuid.uuid4().hex[:12]}"
    for url in _pg_database(None, name):
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()  # a template is copied only while nobody is connected to it
        yield name


@pytest.fixture
def empty_pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database with no tables at all, dropped afterwards."""
    yield from _pg_database(None)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database at the newest migration (as the app leaves a new one), dropped afterwards."""
    template: str = request.getfixturevalue("_pg_migrated_template")
    yield from _pg_database(template)


@pytest.fixture(scope="session")
def _sqlite_migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "shop.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()  # the last connection's close folds the write-ahead log into the file
    assert not path.with_name("shop.db-wal").exists()
    return path


@pytest.fixture
def empty_sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/shop.db"


@pytest.fixture
def sqlite_url(tmp_path: Path, _sqlite_migrated_template: Path) -> str:
    """A SQLite file at the newest migration (a copy of one migrated per session)."""
    shutil.copyfile(_sqlite_migrated_template, tmp_path / "shop.db")
    return f"sqlite:///{tmp_path}/shop.db"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """The same test on a SQLite file and on PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "pg_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest) -> str:
    """A database with no tables yet, on a SQLite file and on PostgreSQL (for the migrations' own tests)."""
    fixture = "empty_sqlite_url" if request.param == "sqlite" else "empty_pg_url"
    url: str = request.getfixturevalue(fixture)
    return url


@pytest.fixture
def services(db_url: str) -> Iterator[bootstrap.Services]:
    built = bootstrap.build(Settings(db_url=db_url))
    yield built
    built.close()


@pytest.fixture
def admin() -> Actor:
    return Actor("tester", Role.ADMIN)


@pytest.fixture
def sqlite_services(sqlite_url: str) -> Iterator[bootstrap.Services]:
    built = bootstrap.build(Settings(db_url=sqlite_url))
    yield built
    built.close()
