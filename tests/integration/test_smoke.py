from collections.abc import Iterator

import pytest
from sqlalchemy import text

from desktop_oms import bootstrap
from desktop_oms.bootstrap import Services
from desktop_oms.config import Settings
from desktop_oms.domain.users import Actor


@pytest.fixture
def fresh(empty_db_url: str) -> Iterator[Services]:
    """Services over a database that has no tables at all yet (the start-up migrates it)."""
    built = bootstrap.build(Settings(db_url=empty_db_url))
    yield built
    built.close()


def test_a_fresh_database_gets_the_schema_and_the_main_warehouse(fresh: Services, admin: Actor) -> None:
    assert fresh.orders.list_orders(actor=admin) == []
    assert fresh.stock.list_stock(actor=admin) == []
    with fresh.engine.connect() as conn:
        assert conn.execute(text("SELECT code FROM warehouses")).scalars().all() == ["MAIN"]
