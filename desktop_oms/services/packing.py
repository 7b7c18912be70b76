"""Packing and shipping use cases: claim an order for a station, log scans, pack, ship, print.

A claim is the order moving allocated → picking with `claimed_by` set to the station, made by
one guarded UPDATE (and on PostgreSQL picked with FOR UPDATE SKIP LOCKED), so two stations
never get the same order. Printing runs the ReportLab renderers over data read in short
read-only transactions: no session is held open while a PDF is drawn.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.engine import Connection, Row

from desktop_oms.db.models import ORDER_LINES as LINES
from desktop_oms.db.models import ORDER_SHIP_GROUPS as SHIP_GROUPS
from desktop_oms.db.models import ORDERS, PRODUCTS, SCAN_LOG, SHIPMENT_LINES, SHIPMENTS, STOCK, utcnow
from desktop_oms.db.models import STOCK_LEDGER as LEDGER
from desktop_oms.db.uow import UnitOfWorkFactory, retrying
from desktop_oms.domain import carriers
from desktop_oms.domain.errors import (
    ClaimedElsewhere,
    DomainError,
    IllegalMove,
    InvalidValue,
    NotFound,
    NothingToPack,
    PackIncomplete,
    TrackingInUse,
)
from desktop_oms.domain.orders import OrderStatus, check_move
from desktop_oms.domain.packing import PackLine, ScanResult, check_counts, code_variants, normalise_code
from desktop_oms.domain.stock import LedgerKind
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.printing.documents import (
    PageSize,
    Party,
    PickItem,
    PickList,
    PickOrder,
    ShopHeader,
    Slip,
    SlipLine,
)
from desktop_oms.services import audit
from desktop_oms.services.allocation import MAIN_WAREHOUSE
from desktop_oms.services.notifications import enqueue_shipment_notice
from desktop_oms.services.results import (
    AddressData,
    BatchOutcome,
    PackedOrder,
    PackOrder,
    PrintedBatch,
    ScanVerdict,
    ShipResult,
)
from desktop_oms.services.settings import SettingsService

S = OrderStatus
#: Orders a pick list or a packing station may take: stock reserved, not yet packed.
PICKABLE = (str(S.ALLOCATED), str(S.PICKING))
#: An order at a bench: a parcel of a multi-address order may leave from either.
PACKING = (str(S.PICKING), str(S.PACKED))
MAX_WAVE = 500
MAX_STATION = 64
#: Slips are read from the database this many orders at a time, then drawn with no session open.
SLIP_CHUNK = 100
#: The first tracking poll of a new shipment (the carrier needs a while to scan it in).
FIRST_POLL_AFTER = timedelta(hours=2)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PackingService:
    def __init__(self, uow: UnitOfWorkFactory, settings: SettingsService) -> None:
        self._uow = uow
        self._settings = settings

    # --- claiming ------------------------------------------------------------------------

    def claim_next(self, station: str, *, actor: Actor) -> PackOrder:
        """This station's unfinished order if it has one, else the oldest allocated order nobody has."""
        actor.require(Permission.PACK_ORDERS)
        station = _station(station)

        def attempt() -> PackOrder:
            with self._uow() as tx:
                conn = tx.connection
                mine = conn.execute(
                    select(ORDERS.c.id).where(ORDERS.c.claimed_by == station,
                                              ORDERS.c.status.in_([str(S.PICKING), str(S.PACKED)]))
                    .order_by(ORDERS.c.claimed_at, ORDERS.c.id).limit(1)).scalar()
                if mine is not None:
                    return _pack_order(conn, mine, station, resumed=True)
                waiting = (select(ORDERS.c.id)
                           .where(ORDERS.c.status == str(S.ALLOCATED), ORDERS.c.claimed_by.is_(None))
                           .order_by(ORDERS.c.status, ORDERS.c.created_at, ORDERS.c.id).limit(5))
                if tx.dialect == "postgresql":
                    waiting = waiting.with_for_update(skip_locked=True)
                for order_id in conn.execute(waiting).scalars():
                    if _take(conn, order_id, station, actor):
                        result = _pack_order(conn, order_id, station)
                        tx.commit()
                        return result
                raise NothingToPack()

        return retrying(attempt)

    def claim(self, order_no: str, station: str, *, actor: Actor) -> PackOrder:
        """The order whose barcode was scanned; refused if another station has it."""
        actor.require(Permission.PACK_ORDERS)
        station = _station(station)
        order_no = normalise_code(order_no)

        def attempt() -> PackOrder:
            with self._uow() as tx:
                conn = tx.connection
                row = _order_row(conn, _slip_order_no(conn, order_no), lock=tx.dialect == "postgresql")
                if row.claimed_by and row.claimed_by != station and row.status in (S.PICKING, S.PACKED):
                    raise ClaimedElsewhere(order_no, row.claimed_by)
                if row.claimed_by == station and row.status in (S.PICKING, S.PACKED):
                    return _pack_order(conn, row.id, station, resumed=True)
                if row.status != S.ALLOCATED:  # only an allocated order is claimed (not one on hold)
                    raise IllegalMove("order", row.status, str(S.PICKING), order_no)
                if not _take(conn, row.id, station, actor):
                    raise ClaimedElsewhere(order_no, "another station")
                result = _pack_order(conn, row.id, station)
                tx.commit()
                return result

        return retrying(attempt)

    def abandon(self, order_no: str, station: str, *, actor: Actor, reason: str = "") -> None:
        """Give the order back: it is allocated again and the next station may take it."""
        actor.require(Permission.PACK_ORDERS)
        station = _station(station)
        with self._uow() as tx:
            conn = tx.connection
            row = _order_row(conn, order_no)
            if row.claimed_by != station:
                if row.claimed_by:
                    raise ClaimedElsewhere(order_no, row.claimed_by)
                raise IllegalMove("order", row.status, "abandon", order_no)
            self._unclaim(conn, row, actor, reason or f"given back at {station}", station)
            _log(conn, station, actor, order_no, order_no, ScanResult.ABANDONED)
            tx.commit()

    def release_claim(self, order_no: str, *, actor: Actor, reason: str) -> None:
        """A manager frees an order a station holds (the station crashed, the packer went home)."""
        actor.require(Permission.RELEASE_CLAIMS)
        if not reason.strip():
            raise InvalidValue("reason", "say why the claim is released")
        with self._uow() as tx:
            row = _order_row(tx.connection, order_no)
            if not row.claimed_by:
                raise IllegalMove("order", row.status, "release-claim", order_no)
            self._unclaim(tx.connection, row, actor, reason.strip(), row.claimed_by)
            tx.commit()

    def release_claims(self, order_nos: Sequence[str], *, actor: Actor, reason: str,
                       progress: Progress | None = None) -> tuple[BatchOutcome, ...]:
        """`release_claim` for many orders, each its own transaction; one refusal never stops the rest."""
        actor.require(Permission.RELEASE_CLAIMS)
        if not reason.strip():
            raise InvalidValue("reason", "say why the claim is released")
        outcomes = []
        for done, order_no in enumerate(order_nos, start=1):
            try:
                self.release_claim(order_no, actor=actor, reason=reason)
                outcomes.append(BatchOutcome(order_no, str(S.ALLOCATED)))
            except DomainError as error:
                outcomes.append(BatchOutcome(order_no, error=error))
            if progress is not None:
                progress(done, len(order_nos))
        return tuple(outcomes)

    @staticmethod
    def _unclaim(conn: Connection, row: Row[Any], actor: Actor, reason: str, station: str) -> None:
        target = S.ALLOCATED if row.status == S.PICKING else S(row.status)
        if row.status == S.PICKING:
            check_move(S.PICKING, S.ALLOCATED, row.order_no)
        conn.execute(update(ORDERS).where(ORDERS.c.id == row.id).values(
            status=str(target), claimed_by=None, claimed_at=None, version=ORDERS.c.version + 1,
            updated_at=utcnow()))
        if target is S.ALLOCATED:  # parcels packed at that bench are checked again where it is taken next
            conn.execute(update(SHIP_GROUPS).where(SHIP_GROUPS.c.order_id == row.id)
                         .values(packed_at=None, packed_by=""))
        audit.record(conn, actor, "order", row.order_no, "unclaim", from_status=row.status, to_status=str(target),
                     reason=reason, details={"station": station})

    # --- scanning ------------------------------------------------------------------------

    def log_scan(self, order_no: str, station: str, code: str, result: ScanResult, *, actor: Actor) -> ScanVerdict:
        """Record one scan. For a code the order does not have (`WRONG_ITEM` from the screen) this
        decides whether it is a product of ours or an unknown code, and says which product."""
        actor.require(Permission.PACK_ORDERS)
        station = _station(station)
        code = normalise_code(code)[:128]
        sku = name = ""
        if result is ScanResult.WRONG_ITEM:
            with self._uow(read_only=True) as tx:
                product = _product_by_code(tx.connection, code)
            if product is None:
                result = ScanResult.UNKNOWN
            else:
                sku, name = product
        with self._uow() as tx:
            _log(tx.connection, station, actor, order_no, code, result)
            if order_no:
                tx.connection.execute(update(ORDERS).where(ORDERS.c.order_no == order_no,
                                                           ORDERS.c.claimed_by == station)
                                      .values(claimed_at=utcnow()))
            tx.commit()
        return ScanVerdict(str(result), code, sku, name)

    # --- packing and shipping ------------------------------------------------------------

    def finish(self, order_no: str, station: str, counts: dict[int, int], *, actor: Actor) -> PackedOrder:
        """Every line scanned complete → packed. The counts are checked again here, not trusted."""
        actor.require(Permission.PACK_ORDERS)
        station = _station(station)
        with self._uow() as tx:
            conn = tx.connection
            row = _order_row(conn, order_no, lock=tx.dialect == "postgresql")
            if row.claimed_by != station:
                raise ClaimedElsewhere(order_no, row.claimed_by or "no station")
            if row.status != S.PICKING:  # held or cancelled at a desk meanwhile
                raise IllegalMove("order", row.status, str(S.PACKED), order_no)
            parcel = _parcel(conn, row.id)
            if parcel is not None and parcel.packed:
                raise IllegalMove("parcel", str(S.PACKED), str(S.PACKED), parcel.ref(order_no))
            query = select(LINES.c.id, LINES.c.qty - LINES.c.shipped_qty).where(LINES.c.order_id == row.id)
            if parcel is not None:
                query = query.where(LINES.c.ship_group == parcel.group)
            required = {line_id: qty for line_id, qty in conn.execute(query) if qty > 0}
            wrong = check_counts(required, counts)
            if wrong:
                skus = conn.execute(select(LINES.c.sku).where(LINES.c.id.in_(wrong)).order_by(LINES.c.line_no))
                raise PackIncomplete(order_no, ", ".join(skus.scalars()))
            scans = conn.execute(select(func.count()).select_from(SCAN_LOG).where(
                SCAN_LOG.c.order_no == order_no, SCAN_LOG.c.station == station)).scalar_one()
            units = sum(required.values())
            details: dict[str, Any] = {"station": station, "scans": scans, "units": units}
            if parcel is None:
                self._move(conn, row, S.PACKED, actor, "pack", details=details)
                tx.commit()
                return PackedOrder(order_no, str(S.PACKED), units, scans)
            conn.execute(update(SHIP_GROUPS).where(SHIP_GROUPS.c.order_id == row.id,
                                                   SHIP_GROUPS.c.ship_group == parcel.group)
                         .values(packed_at=utcnow(), packed_by=actor.name))
            details |= {"parcel": parcel.number, "parcels": parcel.count}
            if parcel.last_to_pack:  # the order's every parcel is packed now
                self._move(conn, row, S.PACKED, actor, "pack", details=details)
                status = S.PACKED
            else:
                _touch(conn, row.id)
                audit.record(conn, actor, "order", order_no, "pack-parcel", details=details)
                status = S(row.status)
            tx.commit()
            return PackedOrder(order_no, str(status), units, scans, parcel.number, parcel.count)

    def pack_without_scans(self, order_no: str, *, actor: Actor, reason: str = "") -> PackedOrder:
        """An administrator marks an order packed with no scans; the audit log says so."""
        actor.require(Permission.PACK_WITHOUT_SCANS)
        with self._uow() as tx:
            conn = tx.connection
            row = _order_row(conn, order_no, lock=tx.dialect == "postgresql")
            if row.status not in PICKABLE:  # not from on hold: a release decides where a held order goes
                raise IllegalMove("order", row.status, str(S.PACKED), order_no)
            units = conn.execute(select(func.coalesce(func.sum(LINES.c.qty - LINES.c.shipped_qty), 0))
                                 .where(LINES.c.order_id == row.id)).scalar_one()
            self._move(conn, row, S.PACKED, actor, "pack-unscanned",
                       reason=reason.strip() or "packed without scans", details={"units": units})
            conn.execute(update(SHIP_GROUPS).where(SHIP_GROUPS.c.order_id == row.id, SHIP_GROUPS.c.packed_at.is_(None))
                         .values(packed_at=utcnow(), packed_by=actor.name))
            tx.commit()
            return PackedOrder(order_no, str(S.PACKED), int(units), 0)

    def ship(self, order_no: str, carrier: str, tracking: str, *, actor: Actor, station: str = "") -> ShipResult:
        """Record the parcel with its tracking number: the reserved goods leave, the order is shipped."""
        actor.require(Permission.SHIP_ORDERS)
        chosen = carriers.carrier(carrier)
        number = carriers.check_tracking(tracking)

        def attempt() -> ShipResult:
            with self._uow() as tx:
                conn = tx.connection
                row = _order_row(conn, order_no, lock=tx.dialect == "postgresql")
                parcel = _parcel(conn, row.id)
                if parcel is None or parcel.last_to_ship:  # the order leaves whole with this parcel
                    check_move(S(row.status), S.SHIPPED, order_no)
                elif row.status not in PACKING:
                    raise IllegalMove("order", row.status, str(S.SHIPPED), order_no)
                if parcel is not None and not parcel.packed:
                    raise IllegalMove("parcel", str(S.PICKING), str(S.SHIPPED), parcel.ref(order_no))
                if station and row.claimed_by and row.claimed_by != station:
                    raise ClaimedElsewhere(order_no, row.claimed_by)
                used = conn.execute(
                    select(ORDERS.c.order_no).join(SHIPMENTS, SHIPMENTS.c.order_id == ORDERS.c.id)
                    .where(SHIPMENTS.c.carrier == chosen.code, SHIPMENTS.c.tracking_no == number)).scalar()
                if used is not None:
                    raise TrackingInUse(chosen.code, number, used)
                query = (select(LINES.c.id, LINES.c.product_id, LINES.c.qty, LINES.c.shipped_qty, LINES.c.reserved_qty)
                         .where(LINES.c.order_id == row.id).order_by(LINES.c.product_id, LINES.c.id))
                if parcel is not None:
                    query = query.where(LINES.c.ship_group == parcel.group)
                lines = conn.execute(query).all()
                now = utcnow()
                shipment_id = conn.execute(insert(SHIPMENTS).values(
                    order_id=row.id, ship_group=parcel.group if parcel else 1, carrier=chosen.code, tracking_no=number,
                    status="pending", shipped_at=now, next_poll_at=now + FIRST_POLL_AFTER,
                    needs_attention=False).returning(SHIPMENTS.c.id)).scalar_one()
                leaving: dict[int, int] = defaultdict(int)
                units = 0
                for line in lines:
                    qty = line.qty - line.shipped_qty
                    if qty <= 0:
                        continue
                    if line.reserved_qty < qty:
                        raise RuntimeError(f"order {order_no} line {line.id} holds {line.reserved_qty} of {qty}")
                    conn.execute(insert(SHIPMENT_LINES).values(shipment_id=shipment_id, order_line_id=line.id,
                                                               qty=qty))
                    conn.execute(update(LINES).where(LINES.c.id == line.id).values(
                        shipped_qty=LINES.c.shipped_qty + qty, reserved_qty=LINES.c.reserved_qty - qty))
                    leaving[line.product_id] += qty
                    units += qty
                for product_id, qty in sorted(leaving.items()):
                    done = conn.execute(update(STOCK).where(
                        STOCK.c.product_id == product_id, STOCK.c.warehouse_id == MAIN_WAREHOUSE,
                        STOCK.c.reserved >= qty, STOCK.c.on_hand >= qty,
                    ).values(on_hand=STOCK.c.on_hand - qty, reserved=STOCK.c.reserved - qty))
                    if done.rowcount != 1:
                        raise RuntimeError(f"stock of product {product_id} holds less than order {order_no} reserved")
                    conn.execute(insert(LEDGER).values(
                        product_id=product_id, warehouse_id=MAIN_WAREHOUSE, kind=str(LedgerKind.SHIPMENT),
                        on_hand_delta=-qty, reserved_delta=-qty, reason=f"{chosen.code} {number}",
                        reference=order_no, user=actor.name, created_at=now))
                details: dict[str, Any] = {"carrier": chosen.code, "tracking_no": number, "station": station}
                status, remaining = S.SHIPPED, 0
                if parcel is not None:
                    details |= {"parcel": parcel.number, "parcels": parcel.count}
                    remaining = parcel.to_ship - 1
                if remaining == 0:
                    self._move(conn, row, S.SHIPPED, actor, "ship", clear_claim=True, details=details)
                else:  # more parcels of this order to go: it stays at the bench
                    status = S(row.status)
                    _touch(conn, row.id)
                    audit.record(conn, actor, "order", order_no, "ship-parcel", details=details)
                enqueue_shipment_notice(conn, shipment_id, "shipped", now=now)  # the customer hears of it
                if station:
                    _log(conn, station, actor, order_no, number, ScanResult.TRACKING)
                tx.commit()
                if parcel is None:
                    return ShipResult(order_no, str(status), chosen.code, number, units)
                return ShipResult(order_no, str(status), chosen.code, number, units, parcel.number, parcel.count,
                                  remaining)

        return retrying(attempt)

    @staticmethod
    def _move(conn: Connection, row: Row[Any], target: OrderStatus, actor: Actor, action: str, *,
              reason: str = "", details: dict[str, Any] | None = None, clear_claim: bool = False) -> None:
        values: dict[str, Any] = {"status": str(target), "version": ORDERS.c.version + 1, "updated_at": utcnow()}
        if clear_claim:
            values |= {"claimed_by": None, "claimed_at": None}
        done = conn.execute(update(ORDERS).where(ORDERS.c.id == row.id, ORDERS.c.status == row.status)
                            .values(**values))
        if done.rowcount != 1:
            raise IllegalMove("order", row.status, str(target), row.order_no)
        audit.record(conn, actor, "order", row.order_no, action, from_status=row.status, to_status=str(target),
                     reason=reason, details=details)

    # --- printing ------------------------------------------------------------------------

    def slips(self, out: str | Path, *, actor: Actor, order_nos: Sequence[str] = (), status: str | None = None,
              size: PageSize = PageSize.A4, progress: Progress | None = None,
              cancelled: Cancelled | None = None, parcel: int | None = None) -> PrintedBatch:
        """Packing slips (one per parcel) for the named orders, or every order in `status`, in one PDF;
        with `parcel` (one named order to several addresses), that parcel's slip only — the bench
        prints each parcel's slip as it is packed.

        A cancelled or failed batch leaves no file behind."""
        actor.require(Permission.PACK_ORDERS)
        from desktop_oms.printing.slips import render_slips  # ReportLab only when printing

        if bool(order_nos) == (status is not None):
            raise InvalidValue("orders", "name orders or a status, not both")
        if status is not None and status not in set(OrderStatus):
            raise InvalidValue("status", f"unknown status {status!r}; one of {', '.join(OrderStatus)}")
        if parcel is not None and len(order_nos) != 1:
            raise InvalidValue("parcel", "a parcel's slip is printed for one order")
        ids, names = self._slip_orders(order_nos, status)
        shop = self._shop(actor)
        total = len(ids)
        path = Path(out)
        done = [0, 0]  # orders, slips

        def each() -> Iterator[Slip]:
            for start in range(0, total, SLIP_CHUNK):
                with self._uow(read_only=True) as tx:
                    chunk = _slips(tx.connection, ids[start:start + SLIP_CHUNK], shop)
                for slip in chunk:  # the transaction is closed while the slips are drawn
                    if parcel is not None and slip.parcel is not None and slip.parcel[0] != parcel:
                        continue
                    yield slip
                    done[1] += 1
                    if slip.parcel is None or slip.parcel[0] == slip.parcel[1] or parcel is not None:
                        done[0] += 1
                        if progress is not None:
                            progress(done[0], total)

        batch = _write(path, lambda target: render_slips(each(), target, size, cancelled=cancelled, total=total),
                       names)
        return PrintedBatch(batch.path, done[1], batch.pages, names)

    def pick_list(self, *, actor: Actor, order_nos: Sequence[str] = (), next_n: int | None = None) -> PickList:
        """A wave's pick list: the named orders, or the next N allocated ones nobody is packing."""
        actor.require(Permission.PACK_ORDERS)
        if bool(order_nos) == (next_n is not None):
            raise InvalidValue("orders", "name orders or --next N, not both")
        if next_n is not None and not 0 < next_n <= MAX_WAVE:
            raise InvalidValue("next", f"from 1 to {MAX_WAVE} orders")
        if len(order_nos) > MAX_WAVE:
            raise InvalidValue("orders", f"at most {MAX_WAVE} orders in one wave")
        shop = self._shop(actor)
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            if next_n is not None:
                rows = conn.execute(
                    select(ORDERS.c.id, ORDERS.c.order_no, ORDERS.c.status)
                    .where(ORDERS.c.status == str(S.ALLOCATED), ORDERS.c.claimed_by.is_(None))
                    .order_by(ORDERS.c.status, ORDERS.c.created_at, ORDERS.c.id).limit(next_n)).all()
            else:
                rows = _named(conn, order_nos)
                for r in rows:
                    if r.status not in PICKABLE:
                        raise IllegalMove("order", r.status, "pick", r.order_no)
            if not rows:
                raise NothingToPack()
            return _pick_list(conn, [r.id for r in rows], shop, actor.name)

    def write_pick_list(self, out: str | Path, *, actor: Actor, order_nos: Sequence[str] = (),
                        next_n: int | None = None, size: PageSize = PageSize.A4) -> PrintedBatch:
        from desktop_oms.printing.picklist import render_pick_list

        pick = self.pick_list(actor=actor, order_nos=order_nos, next_n=next_n)
        names = tuple(dict.fromkeys(o.ref.split("/")[0] for o in pick.orders))
        return _write(Path(out), lambda target: render_pick_list(pick, target, size), names, documents=1)

    def _slip_orders(self, order_nos: Sequence[str], status: str | None) -> tuple[list[int], tuple[str, ...]]:
        with self._uow(read_only=True) as tx:
            conn = tx.connection
            if status is not None:
                rows = conn.execute(select(ORDERS.c.id, ORDERS.c.order_no).where(ORDERS.c.status == status)
                                    .order_by(ORDERS.c.created_at, ORDERS.c.id)).all()
            else:
                rows = _named(conn, order_nos)
        if not rows:
            raise NotFound("order", status or "")
        return [r.id for r in rows], tuple(r.order_no for r in rows)

    def _shop(self, actor: Actor) -> ShopHeader:
        d = self._settings.shop_details(actor)
        return ShopHeader(d.name, d.address_lines, d.phone, d.email, d.logo_path, d.timezone)


# --- helpers -------------------------------------------------------------------------------


def _station(station: str) -> str:
    name = " ".join(station.split())
    if not name:
        raise InvalidValue("station", "a packing station needs a name")
    if len(name) > MAX_STATION:
        raise InvalidValue("station", f"at most {MAX_STATION} characters")
    return name


def _slip_order_no(conn: Connection, code: str) -> str:
    """The order of a scanned code: an order number, or a parcel's slip barcode ("A-1001/2")."""
    base, slash, parcel = code.rpartition("/")
    if not slash or not parcel.isdigit() or not base:
        return code
    known = conn.execute(select(ORDERS.c.order_no).where(ORDERS.c.order_no.in_([code, base]))).scalars().all()
    return code if code in known or base not in known else base


def _order_row(conn: Connection, order_no: str, *, lock: bool = False) -> Any:
    query = select(ORDERS.c.id, ORDERS.c.order_no, ORDERS.c.status, ORDERS.c.claimed_by).where(
        ORDERS.c.order_no == order_no)
    row = conn.execute(query.with_for_update() if lock else query).one_or_none()
    if row is None:
        raise NotFound("order", order_no)
    return row


@dataclass(frozen=True)
class _Parcel:
    """The parcel of an order sent to several addresses that a station packs and ships next."""

    group: int  # its ship group
    number: int  # its place among the order's parcels, from 1
    count: int  # the order's parcels
    address: Any  # its order_ship_groups row
    packed: bool
    to_pack: int  # the order's parcels not packed yet, this one included (if it is not packed)
    to_ship: int  # the order's parcels not shipped yet, this one included

    @property
    def last_to_pack(self) -> bool:
        return self.to_pack == 1 and not self.packed

    @property
    def last_to_ship(self) -> bool:
        return self.to_ship == 1

    def ref(self, order_no: str) -> str:
        return f"{order_no}/{self.number}"


def _parcel(conn: Connection, order_id: int) -> _Parcel | None:
    """The first parcel still to ship of a multi-address order; None for a one-address order.

    A ship group is done when all its lines have left (an empty group, its lines moved away, is
    no parcel at all)."""
    groups = conn.execute(select(SHIP_GROUPS).where(SHIP_GROUPS.c.order_id == order_id)
                          .order_by(SHIP_GROUPS.c.ship_group)).all()
    if not groups:
        return None
    open_units: dict[int, int] = defaultdict(int)
    for group, left in conn.execute(select(LINES.c.ship_group, LINES.c.qty - LINES.c.shipped_qty)
                                    .where(LINES.c.order_id == order_id)):
        open_units[group] += max(left, 0)
    with_lines = [g for g in groups if g.ship_group in open_units]
    todo = [g for g in with_lines if open_units[g.ship_group] > 0]
    if len(with_lines) <= 1 or not todo:
        return None
    first = todo[0]
    return _Parcel(first.ship_group, with_lines.index(first) + 1, len(with_lines), first, first.packed_at is not None,
                   sum(1 for g in todo if g.packed_at is None), len(todo))


def _touch(conn: Connection, order_id: int) -> None:
    """A parcel packed or shipped: the order's version moves on, so other desks reload it."""
    conn.execute(update(ORDERS).where(ORDERS.c.id == order_id).values(version=ORDERS.c.version + 1,
                                                                      updated_at=utcnow()))


def _take(conn: Connection, order_id: int, station: str, actor: Actor) -> bool:
    """The guarded claim: true only for the one station whose UPDATE found the order free."""
    now = utcnow()
    done = conn.execute(
        update(ORDERS).where(ORDERS.c.id == order_id, ORDERS.c.status == str(S.ALLOCATED),
                             ORDERS.c.claimed_by.is_(None))
        .values(status=str(S.PICKING), claimed_by=station, claimed_at=now, version=ORDERS.c.version + 1,
                updated_at=now)
        .returning(ORDERS.c.order_no))
    order_no = done.scalar()
    if order_no is None:
        return False
    audit.record(conn, actor, "order", order_no, "claim", from_status=str(S.ALLOCATED), to_status=str(S.PICKING),
                 details={"station": station}, time=now)
    _log(conn, station, actor, order_no, order_no, ScanResult.ORDER)
    return True


def _log(conn: Connection, station: str, actor: Actor, order_no: str, code: str, result: ScanResult) -> None:
    conn.execute(insert(SCAN_LOG).values(time=utcnow(), station=station, user=actor.name, order_no=order_no,
                                         code=code[:128], result=str(result)))


def _location(attributes: Any) -> str:
    return str(attributes.get("location", "")) if isinstance(attributes, dict) else ""


def _pack_order(conn: Connection, order_id: int, station: str, *, resumed: bool = False) -> PackOrder:
    o = conn.execute(select(ORDERS).where(ORDERS.c.id == order_id)).one()
    query = (select(LINES.c.id, LINES.c.sku, LINES.c.name, LINES.c.qty, LINES.c.shipped_qty, PRODUCTS.c.barcode,
                    PRODUCTS.c.image_path, PRODUCTS.c.attributes, PRODUCTS.c.name.label("product_name"))
             .join(PRODUCTS, PRODUCTS.c.id == LINES.c.product_id)
             .where(LINES.c.order_id == order_id).order_by(LINES.c.line_no))
    parcel = _parcel(conn, order_id)
    ship_to = AddressData(o.ship_name, o.ship_address1, o.ship_address2, o.ship_city, o.ship_province,
                          o.ship_postcode, o.ship_country, o.ship_phone)
    where: dict[str, Any] = {}
    if parcel is not None:  # one parcel at a time: its lines, its address
        query = query.where(LINES.c.ship_group == parcel.group)
        a = parcel.address
        ship_to = AddressData(a.name, a.address1, a.address2, a.city, a.province, a.postcode, a.country,
                              a.phone or o.ship_phone)
        where = {"parcel": parcel.number, "parcels": parcel.count, "parcel_packed": parcel.packed}
    lines = conn.execute(query).all()
    return PackOrder(
        order_no=o.order_no, status=o.status, station=station, customer_name=o.customer_name,
        ship_to=ship_to,
        payment_method=o.payment_method, total=o.total, currency=o.currency, notes=o.notes,
        gift_message=o.gift_message,
        lines=tuple(PackLine(ln.id, ln.sku, ln.name or ln.product_name, ln.qty - ln.shipped_qty, ln.barcode or "",
                             ln.image_path or "", _location(ln.attributes))
                    for ln in lines if ln.qty - ln.shipped_qty > 0),
        resumed=resumed,
        **where,
    )


def _product_by_code(conn: Connection, code: str) -> tuple[str, str] | None:
    forms = list(code_variants(code))
    row = conn.execute(select(PRODUCTS.c.sku, PRODUCTS.c.name).where(
        or_(PRODUCTS.c.barcode.in_(forms), PRODUCTS.c.sku.in_(forms))).limit(1)).first()
    if row is None:
        row = conn.execute(select(PRODUCTS.c.sku, PRODUCTS.c.name).where(
            func.lower(PRODUCTS.c.sku) == code.casefold()).limit(1)).first()
    return (row.sku, row.name) if row is not None else None


def _named(conn: Connection, order_nos: Sequence[str]) -> list[Any]:
    wanted = list(dict.fromkeys(normalise_code(n) for n in order_nos))
    found = {r.order_no: r for r in conn.execute(
        select(ORDERS.c.id, ORDERS.c.order_no, ORDERS.c.status).where(ORDERS.c.order_no.in_(wanted)))}
    missing = [n for n in wanted if n not in found]
    if missing:
        raise NotFound("order", ", ".join(missing[:10]))
    return [found[n] for n in wanted]


def _party(name: str, *parts: str, phone: str = "") -> Party:
    address1, address2, city, province, postcode, country = parts
    place = " ".join(x for x in (postcode, province, city) if x) if country == "CN" else \
        " ".join(x for x in (city, province, postcode) if x)
    lines = tuple(x for x in (address1, address2, place, country) if x)
    return Party(name, lines, phone)


def _bill_to(value: Any) -> Party | None:
    if not isinstance(value, dict) or not any(value.values()):
        return None
    get = {key: str(value.get(key) or "") for key in
           ("name", "address1", "address2", "city", "province", "postcode", "country", "phone")}
    return _party(get["name"], get["address1"], get["address2"], get["city"], get["province"], get["postcode"],
                  get["country"], phone=get["phone"])


_PAYMENT_WORDS = {"cod": "Cash on delivery 货到付款", "alipay": "Alipay 支付宝", "wechat_pay": "WeChat Pay 微信支付",
                  "card": "Card", "bank_transfer": "Bank transfer 银行转账", "other": "Other"}


def _slips(conn: Connection, ids: Sequence[int], shop: ShopHeader) -> list[Slip]:
    orders = {o.id: o for o in conn.execute(select(ORDERS).where(ORDERS.c.id.in_(list(ids))))}
    lines: dict[int, list[Any]] = defaultdict(list)
    for ln in conn.execute(
        select(LINES.c.order_id, LINES.c.ship_group, LINES.c.sku, LINES.c.name, LINES.c.qty, PRODUCTS.c.barcode,
               PRODUCTS.c.name.label("product_name"))
        .join(PRODUCTS, PRODUCTS.c.id == LINES.c.product_id)
        .where(LINES.c.order_id.in_(list(ids))).order_by(LINES.c.order_id, LINES.c.line_no)
    ):
        lines[ln.order_id].append(ln)
    addresses = _group_addresses(conn, ids)
    slips = []
    for order_id in ids:
        o = orders[order_id]
        groups: dict[int, list[Any]] = defaultdict(list)
        for ln in lines[order_id]:
            groups[ln.ship_group].append(ln)
        ship_to = _party(o.ship_name or o.customer_name, o.ship_address1, o.ship_address2, o.ship_city,
                         o.ship_province, o.ship_postcode, o.ship_country, phone=o.ship_phone or o.phone)
        payment = f"{_PAYMENT_WORDS.get(o.payment_method, o.payment_method)} · {o.currency} {o.total:.2f}"
        keys = sorted(groups) or [1]
        for n, key in enumerate(keys, start=1):
            a = addresses.get((order_id, key))
            parcel_to = ship_to if a is None or len(keys) == 1 else _party(
                a.name or o.customer_name, a.address1, a.address2, a.city, a.province, a.postcode, a.country,
                phone=a.phone or o.ship_phone or o.phone)
            slips.append(Slip(
                order_no=o.order_no, created_at=o.created_at, shop=shop, ship_to=parcel_to,
                lines=tuple(SlipLine(ln.sku, ln.name or ln.product_name, ln.qty, ln.barcode or "")
                            for ln in groups.get(key, [])),
                bill_to=_bill_to(o.bill_to) or (ship_to if parcel_to != ship_to else None), notes=o.notes,
                gift_message=o.gift_message,
                payment=payment if parcel_to == ship_to else "",  # a parcel to someone else: no prices on it
                parcel=(n, len(keys)) if len(keys) > 1 else None,
                barcode_value=o.order_no if len(keys) == 1 else f"{o.order_no}/{n}"))
    return slips


def _group_addresses(conn: Connection, ids: Sequence[int]) -> dict[tuple[int, int], Any]:
    """The addresses of the ship groups of those orders that go to several addresses."""
    return {(r.order_id, r.ship_group): r for r in conn.execute(
        select(SHIP_GROUPS).where(SHIP_GROUPS.c.order_id.in_(list(ids))))}


def _pick_list(conn: Connection, ids: Sequence[int], shop: ShopHeader, user: str) -> PickList:
    order_of = {r.id: r for r in conn.execute(
        select(ORDERS.c.id, ORDERS.c.order_no, ORDERS.c.ship_name, ORDERS.c.customer_name, ORDERS.c.ship_city)
        .where(ORDERS.c.id.in_(list(ids))))}
    rows = conn.execute(
        select(LINES.c.order_id, LINES.c.ship_group, LINES.c.qty, LINES.c.shipped_qty, PRODUCTS.c.sku,
               PRODUCTS.c.name, PRODUCTS.c.barcode, PRODUCTS.c.attributes)
        .join(PRODUCTS, PRODUCTS.c.id == LINES.c.product_id)
        .where(LINES.c.order_id.in_(list(ids)), LINES.c.qty > LINES.c.shipped_qty)
        .order_by(LINES.c.order_id, LINES.c.line_no)).all()
    groups = sorted({(r.order_id, r.ship_group) for r in rows}, key=lambda k: (ids.index(k[0]), k[1]))
    parcels_of: dict[int, int] = defaultdict(int)
    for order_id, _ in groups:
        parcels_of[order_id] += 1
    refs: dict[tuple[int, int], str] = {}
    seen: dict[int, int] = defaultdict(int)
    for order_id, group in groups:
        seen[order_id] += 1
        no = order_of[order_id].order_no
        refs[(order_id, group)] = no if parcels_of[order_id] == 1 else f"{no}/{seen[order_id]}"
    items: dict[str, dict[str, Any]] = {}
    units: dict[tuple[int, int], int] = defaultdict(int)
    for r in rows:
        qty = r.qty - r.shipped_qty
        ref = refs[(r.order_id, r.ship_group)]
        item = items.setdefault(r.sku, {"name": r.name, "barcode": r.barcode or "", "location": _location(r.attributes),
                                        "qty": 0, "orders": defaultdict(int)})
        item["qty"] += qty
        item["orders"][ref] += qty
        units[(r.order_id, r.ship_group)] += qty
    ordered = sorted(items.items(), key=lambda kv: (kv[1]["location"] == "", kv[1]["location"], kv[0]))
    addresses = _group_addresses(conn, ids) if any(n > 1 for n in parcels_of.values()) else {}

    def to(key: tuple[int, int]) -> str:
        o, a = order_of[key[0]], addresses.get(key) if parcels_of[key[0]] > 1 else None
        name, city = (a.name, a.city) if a is not None else (o.ship_name, o.ship_city)
        return ", ".join(x for x in (name or o.customer_name, city) if x)

    now = utcnow()
    return PickList(
        wave=f"W-{now:%Y%m%d-%H%M%S}", created_at=now, shop=shop, created_by=user,
        items=tuple(PickItem(sku, v["name"], v["location"], v["barcode"], v["qty"], tuple(v["orders"].items()))
                    for sku, v in ordered),
        orders=tuple(PickOrder(refs[key], to(key), units[key]) for key in groups),
    )


def _write(path: Path, render: Callable[[Path], int], names: tuple[str, ...], documents: int | None = None
           ) -> PrintedBatch:
    """Render into a temporary file beside `path` and move it into place only when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        pages = render(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return PrintedBatch(str(path), documents if documents is not None else len(names), pages, names)

