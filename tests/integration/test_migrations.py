"""The migrations build exactly the schema the models describe, on both databases."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from desktop_oms.db.engine import make_engine, upgrade
from desktop_oms.db.models import Base
from desktop_oms.db.search_index import include_object


def test_the_migrated_schema_matches_the_models(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_upgrading_twice_is_harmless_and_leaves_one_main_warehouse(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade(engine)
    upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT code FROM warehouses")).scalars().all() == ["MAIN"]
        assert set(Base.metadata.tables) <= set(inspect(conn).get_table_names())
    engine.dispose()


def test_sqlite_runs_with_wal_and_foreign_keys(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_the_head_the_start_up_checks_is_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from desktop_oms.db.engine import HEAD, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD
