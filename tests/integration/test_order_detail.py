"""Order detail: one timeline of everything, payments, and ship-to edits that never overwrite another desk."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_oms.bootstrap import Services
from desktop_oms.domain.errors import IllegalMove, InvalidValue, PermissionDenied, StaleEdit
from desktop_oms.domain.users import Actor, Role
from tests.factories import add_products, import_orders, order, product


def _allocated(services: Services, admin: Actor) -> None:
    add_products(services, admin, product("TEA-1", 5))
    import_orders(services, admin, order("D-1", ("TEA-1", 2)))
    services.allocation.allocate(["D-1"], actor=admin)


def test_the_timeline_holds_status_moves_reservations_and_payments_oldest_first(
        services: Services, admin: Actor) -> None:
    _allocated(services, admin)
    services.orders.cancel("D-1", actor=admin, reason="customer changed mind")
    detail = services.orders.get_order("D-1", actor=admin)
    kinds = [(e.kind, e.action) for e in detail.timeline]
    assert ("status", "allocate") in kinds and ("status", "cancel") in kinds
    assert ("stock", "reservation") in kinds and ("stock", "release") in kinds
    reservation = next(e for e in detail.timeline if e.action == "reservation")
    assert (reservation.sku, reservation.qty) == ("TEA-1", 2)
    assert [e.time for e in detail.timeline] == sorted(e.time for e in detail.timeline)
    cancel = next(e for e in detail.timeline if e.action == "cancel")
    assert (cancel.user, cancel.from_status, cancel.to_status, cancel.reason) == (
        "tester", "allocated", "cancelled", "customer changed mind")
    assert [(p.kind, p.amount) for p in detail.payments] == [("payment", detail.total)]


def test_editing_the_ship_to_saves_it_audits_it_and_bumps_the_version(services: Services, admin: Actor) -> None:
    _allocated(services, admin)
    before = services.orders.get_order("D-1", actor=admin)
    moved = replace(before.ship_to, address1="滨江区江南大道 1 号", postcode="310051", country="cn")
    after = services.orders.update_ship_to("D-1", moved, expected_version=before.version, actor=admin)
    assert (after.ship_to.address1, after.ship_to.country) == ("滨江区江南大道 1 号", "CN")
    assert after.version == before.version + 1
    edit = [e for e in after.timeline if e.kind == "edit"]
    assert len(edit) == 1 and edit[0].user == "tester"


def test_an_edit_from_a_stale_copy_is_refused_and_changes_nothing(services: Services, admin: Actor) -> None:
    _allocated(services, admin)
    mine = services.orders.get_order("D-1", actor=admin)
    other_desk = replace(mine.ship_to, city="宁波")
    services.orders.update_ship_to("D-1", other_desk, expected_version=mine.version, actor=admin)
    with pytest.raises(StaleEdit):
        services.orders.update_ship_to("D-1", replace(mine.ship_to, city="上海"),
                                       expected_version=mine.version, actor=admin)
    assert services.orders.get_order("D-1", actor=admin).ship_to.city == "宁波"


def test_the_address_is_frozen_once_packed_and_required_fields_are_named(services: Services, admin: Actor) -> None:
    _allocated(services, admin)
    detail = services.orders.get_order("D-1", actor=admin)
    assert detail.editable_address
    with pytest.raises(InvalidValue) as error:
        services.orders.update_ship_to("D-1", replace(detail.ship_to, city=" "), expected_version=detail.version,
                                       actor=admin)
    assert error.value.field == "ship_city"
    with pytest.raises(InvalidValue) as error:
        services.orders.update_ship_to("D-1", replace(detail.ship_to, country="China"),
                                       expected_version=detail.version, actor=admin)
    assert error.value.field == "ship_country"
    services.orders.cancel("D-1", actor=admin)
    cancelled = services.orders.get_order("D-1", actor=admin)
    assert not cancelled.editable_address
    with pytest.raises(IllegalMove):
        services.orders.update_ship_to("D-1", replace(cancelled.ship_to, city="宁波"),
                                       expected_version=cancelled.version, actor=admin)


def test_a_packer_may_not_edit_an_address(services: Services, admin: Actor) -> None:
    _allocated(services, admin)
    detail = services.orders.get_order("D-1", actor=admin)
    with pytest.raises(PermissionDenied):
        services.orders.update_ship_to("D-1", detail.ship_to, expected_version=detail.version,
                                       actor=Actor("p", Role.PACKER))
