"""The queue service: keyset pages that add up to the whole filter, page anchors, counts, search."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from desktop_oms.bootstrap import Services
from desktop_oms.domain.errors import InvalidValue, PermissionDenied
from desktop_oms.domain.orders import PaymentMethod
from desktop_oms.domain.users import Actor, Role
from desktop_oms.services.results import QueueFilter, QueueOrder, QueueSort
from tests.factories import T0, add_products, import_orders, order, product


def _shop(services: Services, admin: Actor, n: int = 23) -> None:
    add_products(services, admin, product("TEA-1", 1000))
    orders = []
    for i in range(n):
        o = order(f"Q-{i:04d}", ("TEA-1", 1 + i % 3), minutes=i * 7 % 50, price=f"{10 + (i * 37) % 90}.00",
                  method=PaymentMethod.COD if i % 4 == 0 else PaymentMethod.ALIPAY)
        orders.append(o)
    import_orders(services, admin, *orders)


def _walk(services: Services, admin: Actor, flt: QueueFilter, order: QueueOrder, size: int) -> list[str]:
    seen: list[str] = []
    after = None
    while True:
        rows = services.queue.page(flt, order, after=after, limit=size, actor=admin)
        seen += [r.order_no for r in rows]
        if len(rows) < size:
            return seen
        after = rows[-1].key


@pytest.mark.parametrize("sort", list(QueueSort))
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_walk_every_order_once_in_the_same_order_as_one_big_query(
        services: Services, admin: Actor, sort: QueueSort, descending: bool) -> None:
    _shop(services, admin)
    order_ = QueueOrder(sort, descending)
    whole = [r.order_no for r in services.queue.page(QueueFilter(), order_, limit=1000, actor=admin)]
    assert len(whole) == 23 and len(set(whole)) == 23
    assert _walk(services, admin, QueueFilter(), order_, size=5) == whole


def test_the_layout_gives_the_count_and_the_key_that_starts_every_page(services: Services, admin: Actor) -> None:
    _shop(services, admin)
    whole = services.queue.page(QueueFilter(), limit=1000, actor=admin)
    layout = services.queue.layout(QueueFilter(), actor=admin, page_size=5)
    assert layout.total == 23
    assert list(layout.anchors) == [whole[i].key for i in (4, 9, 14, 19)]
    third_page = services.queue.page(QueueFilter(), after=layout.anchors[1], limit=5, actor=admin)
    assert [r.order_no for r in third_page] == [r.order_no for r in whole[10:15]]


def test_rows_carry_lines_items_and_payment(services: Services, admin: Actor) -> None:
    _shop(services, admin)
    row = next(r for r in services.queue.page(QueueFilter(), limit=50, actor=admin) if r.order_no == "Q-0002")
    assert (row.lines, row.items, row.payment_method, row.status) == (1, 3, "alipay", "accepted")


def test_filters_combine_and_status_counts_ignore_the_status_chips(services: Services, admin: Actor) -> None:
    _shop(services, admin)
    services.orders.hold("Q-0001", "customer asked", actor=admin)
    flt = QueueFilter(statuses=frozenset({"on_hold"}))
    assert [r.order_no for r in services.queue.page(flt, actor=admin)] == ["Q-0001"]
    counts = services.queue.status_counts(flt, actor=admin)
    assert counts["on_hold"] == 1 and counts["accepted"] == 22 and counts["shipped"] == 0
    cod = QueueFilter(payment_methods=frozenset({"cod"}))
    assert {r.payment_method for r in services.queue.page(cod, actor=admin)} == {"cod"}
    assert services.queue.layout(cod, actor=admin).total == 6
    window = QueueFilter(created_from=T0 + timedelta(minutes=10), created_to=T0 + timedelta(minutes=20))
    times = [r.created_at for r in services.queue.page(window, actor=admin)]
    assert times and all(T0 + timedelta(minutes=10) <= t < T0 + timedelta(minutes=20) for t in times)


@pytest.mark.parametrize("typed", ["q-0017", "0017", "Q-0017@EXAMPLE", "王芳", "138001", "fang"])
def test_one_search_box_finds_by_number_name_email_or_phone_by_any_substring(
        services: Services, admin: Actor, typed: str) -> None:
    _shop(services, admin, n=20)
    found = [r.order_no for r in services.queue.page(QueueFilter(search=typed), limit=100, actor=admin)]
    if typed in ("王芳", "138001", "fang"):
        assert len(found) == 20  # every test order has that customer
    else:
        assert found == ["Q-0017"]


def test_search_text_is_data_not_syntax(services: Services, admin: Actor) -> None:
    _shop(services, admin, n=5)
    for typed in ['"', "a\" OR \"b", "%", "_", "NEAR(a b)", "'; DROP TABLE orders; --", "*"]:
        assert services.queue.page(QueueFilter(search=typed), actor=admin) == []
    assert services.queue.layout(QueueFilter(), actor=admin).total == 5


def test_the_search_index_follows_edits_of_the_customer(services: Services, admin: Actor) -> None:
    _shop(services, admin, n=3)
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE orders SET customer_name = 'Zhou Jielun' WHERE order_no = 'Q-0001'"))
    assert [r.order_no for r in services.queue.page(QueueFilter(search="jielun"), actor=admin)] == ["Q-0001"]
    assert [r.order_no for r in services.queue.page(QueueFilter(search="Wang Fang"), actor=admin)] == [
        "Q-0002", "Q-0000"]


def test_bad_filters_are_refused_by_field_and_packers_may_read_the_queue(services: Services, admin: Actor) -> None:
    with pytest.raises(InvalidValue) as error:
        services.queue.page(QueueFilter(statuses=frozenset({"lost"})), actor=admin)
    assert error.value.field == "status"
    with pytest.raises(InvalidValue):
        services.queue.page(QueueFilter(created_from=T0, created_to=T0), actor=admin)
    services.queue.page(QueueFilter(), actor=Actor("p", Role.PACKER))


def test_an_unknown_role_cannot_read_the_queue(services: Services) -> None:
    class Nobody(Actor):
        def can(self, permission: object) -> bool:
            return False

    with pytest.raises(PermissionDenied):
        services.queue.page(QueueFilter(), actor=Nobody("x", Role.PACKER))
