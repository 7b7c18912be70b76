"""The web-shop sync: pull new and changed WooCommerce orders into ours, push tracking numbers back.

Pull: pages of the shop's orders in the order they changed (`orderby=modified`, `order=asc`), asked
for with `modified_after` = the cursor kept in the database less OVERLAP (orders changed in the same
second as the last one stored are asked again; an unchanged one is skipped). After each page is
stored the cursor moves to the page's newest change, and the next request starts again from there
(page 1): a page number alone would skip orders when the shop's list shifts under us (an order
changed during the sync moves to the end). Only when a whole page changed within the same second is
the next page number asked for. New orders go through the import service (idempotent by order
number, unknown SKUs created there); a changed order moves only forward through the order service
and domain moves (paid → accepted, cancelled at the shop → cancelled and its reservation released,
refunds kept); an order we packed or shipped is never moved back. Orders the shop no longer has
(deleted, or in the trash) are held here with a reason, once, and reported.

Push: every shipment of a WooCommerce order without a row in ``shop_pushes`` is sent back (the
tracking number in the order's meta, "completed" once every parcel has left, then a customer note),
each step recorded as soon as the shop confirmed it, so nothing is pushed twice.

No session is open while an HTTP call runs; every store is its own transaction. A Retry-After, the
last error and the cursor are in the database (table ``shop_connections``), so they hold across
processes: a sync before the shop's Retry-After has passed asks nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.engine import Connection

from desktop_oms.db.bulk import insert_if_absent
from desktop_oms.db.models import (
    ORDERS,
    PAYMENTS,
    SHIPMENTS,
    SHOP_CONNECTIONS,
    SHOP_ORDERS,
    SHOP_PUSHES,
    utcnow,
)
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.errors import DomainError, InvalidValue
from desktop_oms.domain.intake import ParsedFile
from desktop_oms.domain.orders import GOODS_LEFT, OrderStatus, PaymentStatus, can_move
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.intake import IntakeService
from desktop_oms.services.orders import OrderService
from desktop_oms.services.shop_connection import ShopConnections, data_of, ensure_row, read_row
from desktop_oms.services.shop_results import SyncError, SyncReport

if TYPE_CHECKING:  # the adapter (and `requests`) is imported on the first sync, not at start-up
    from desktop_oms.shops.woocommerce import OrdersPage, ShopOrder, WooCommerceClient, WooConfig

    ClientFactory = Callable[[WooConfig], WooCommerceClient]

log = logging.getLogger(__name__)

CHANNEL = "woocommerce"
OVERLAP = timedelta(seconds=1)
PER_PAGE = 100
#: Pages one sync reads at most (the rest waits for the next run).
MAX_PAGES = 200
#: When the shop said 429 without a Retry-After.
DEFAULT_WAIT = timedelta(minutes=1)
#: Statuses in which an order the shop no longer has is held here (not yet packed or shipped).
OPEN = frozenset({OrderStatus.PENDING_PAYMENT, OrderStatus.ACCEPTED, OrderStatus.BACKORDERED,
                  OrderStatus.ALLOCATED, OrderStatus.PICKING, OrderStatus.PACKED, OrderStatus.ON_HOLD})
PAID_LIKE = frozenset({PaymentStatus.PAID, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED})


class _Stop(Exception):
    """The shop stopped answering (rate limit, outage, credentials): the run ends, its state recorded."""


class ShopSyncService:
    def __init__(self, uow: UnitOfWorkFactory, connections: ShopConnections, intake: IntakeService,
                 orders: OrderService, *, client_factory: ClientFactory | None = None,
                 clock: Callable[[], datetime] = utcnow, per_page: int = PER_PAGE) -> None:
        self._uow, self._connections, self._intake, self._orders = uow, connections, intake, orders
        self._client_factory, self._clock, self._per_page = client_factory, clock, per_page
        self._clients: dict[tuple[str, str, str], WooCommerceClient] = {}

    # --- the use cases -------------------------------------------------------------------------

    def test_connection(self, *, actor: Actor) -> str:
        actor.require(Permission.MANAGE_SETTINGS)
        client = self._client(self._row(require_enabled=False))
        return client.test_connection()

    def sync(self, *, actor: Actor, progress: Callable[[int, int], None] | None = None) -> SyncReport:
        """Pull the changes since the cursor, hold orders the shop no longer has, push tracking back."""
        actor.require(Permission.IMPORT_ORDERS)
        report = SyncReport()
        row = self._row(require_enabled=True)
        now = self._clock()
        if row.retry_after_until is not None and row.retry_after_until > now:
            report.waiting_until, report.cursor = row.retry_after_until, row.modified_after
            return report
        client = self._client(row)
        self._started()
        try:
            self._pull(client, row.modified_after, report, actor, progress)
            self._reconcile(client, report, actor)
            self._push(client, report, actor)
        except _Stop:
            pass
        else:
            self._succeeded()
        report.cursor = self._row(require_enabled=False).modified_after
        return report

    # --- pull ------------------------------------------------------------------------------------

    def _pull(self, client: WooCommerceClient, cursor: datetime | None, report: SyncReport, actor: Actor,
              progress: Callable[[int, int], None] | None) -> None:
        page = 1
        for _ in range(MAX_PAGES):
            asked = cursor - OVERLAP if cursor is not None else None
            result = self._ask(report, client.orders_page, modified_after=asked, page=page, per_page=self._per_page)
            report.pages += 1
            self._store_page(result, report, actor)
            newest = result.newest_modified
            if newest is not None and (cursor is None or newest > cursor):
                self._advance(newest)
                cursor, page = newest, 1
            else:
                page += 1
            if progress is not None:
                progress(report.pages, report.pages + (1 if result.has_next else 0))
            if not result.has_next or result.count < self._per_page:
                return

    def _store_page(self, page: OrdersPage, report: SyncReport, actor: Actor) -> None:
        report.errors += [SyncError(f"{b.field}: {b.message}", external_id=b.id) for b in page.bad]
        known = self._known([o.id for o in page.orders])
        fresh = [o for o in page.orders if o.id not in known]
        if fresh:
            self._create(fresh, report, actor)
        for order in page.orders:
            if order.id in known:
                try:
                    self._apply_change(order, known[order.id], report, actor)
                except DomainError as error:
                    report.errors.append(SyncError(str(error), order.id, known[order.id].order_no))

    def _known(self, ids: Sequence[str]) -> dict[str, Any]:
        """Our orders (with what the shop last said) for these shop ids."""
        if not ids:
            return {}
        with self._uow(read_only=True) as tx:
            rows = tx.connection.execute(
                select(ORDERS.c.id, ORDERS.c.order_no, ORDERS.c.external_id, ORDERS.c.status, ORDERS.c.held_from,
                       ORDERS.c.payment_status, ORDERS.c.payment_method, ORDERS.c.refunded_total, ORDERS.c.total,
                       SHOP_ORDERS.c.shop_modified_at, SHOP_ORDERS.c.shop_status)
                .select_from(ORDERS.outerjoin(SHOP_ORDERS, and_(SHOP_ORDERS.c.order_id == ORDERS.c.id,
                                                                SHOP_ORDERS.c.channel == CHANNEL)))
                .where(ORDERS.c.channel == CHANNEL, ORDERS.c.external_id.in_(list(ids))))
            return {r.external_id: r for r in rows}

    def _create(self, fresh: list[ShopOrder], report: SyncReport, actor: Actor) -> None:
        numbers = [o.order.order_no for o in fresh]
        with self._uow(read_only=True) as tx:
            taken = set(tx.connection.execute(select(ORDERS.c.order_no).where(ORDERS.c.order_no.in_(numbers)))
                        .scalars())
        # "WC-1234" is someone else's (a manual order, another shop): this one is "WC-1234-<shop id>".
        incoming = [replace(o.order, order_no=f"{o.order.order_no}-{o.id}") if o.order.order_no in taken
                    else o.order for o in fresh]
        result = self._intake.import_orders(ParsedFile(orders=incoming), actor=actor, source="woocommerce")
        report.created += result.created
        with self._uow(core=True) as tx:
            conn = tx.connection
            ids = dict(conn.execute(select(ORDERS.c.external_id, ORDERS.c.id).where(
                ORDERS.c.channel == CHANNEL, ORDERS.c.external_id.in_([o.id for o in fresh]))).all())
            for order in fresh:
                if order.id in ids:
                    _remember(conn, order, ids[order.id], self._clock())
            tx.commit()

    def _apply_change(self, shop: ShopOrder, ours: Any, report: SyncReport, actor: Actor) -> None:
        """Move our order forward to what the shop says, where that is a legal move; never back."""
        if ours.shop_modified_at is not None and ours.shop_modified_at >= shop.modified_at:
            report.skipped += 1
            return
        target, status = shop.order.status, OrderStatus(ours.status)
        changed = False
        if target is OrderStatus.CANCELLED and status is not OrderStatus.CANCELLED:
            if status in GOODS_LEFT:
                report.errors.append(SyncError(f"the shop says {shop.status}, but the order has shipped here",
                                               shop.id, ours.order_no))
            else:
                self._orders.cancel(ours.order_no, actor=actor, reason=f"{shop.status} at the shop")
                report.cancelled.append(ours.order_no)
                changed = True
        with self._uow(core=True) as tx:
            conn = tx.connection
            now_row = conn.execute(select(ORDERS).where(ORDERS.c.id == ours.id)).one()
            changed |= _move_forward(conn, now_row, shop, actor)
            changed |= _refunds(conn, now_row, shop, actor)
            _remember(conn, shop, ours.id, self._clock())
            tx.commit()
        if changed:
            report.updated += 1
        else:
            report.skipped += 1

    # --- orders the shop no longer has --------------------------------------------------------------

    def _reconcile(self, client: WooCommerceClient, report: SyncReport, actor: Actor) -> None:
        with self._uow(read_only=True) as tx:
            rows = tx.connection.execute(
                select(ORDERS.c.order_no, ORDERS.c.external_id, ORDERS.c.status)
                .select_from(ORDERS.join(SHOP_ORDERS, and_(SHOP_ORDERS.c.order_id == ORDERS.c.id,
                                                           SHOP_ORDERS.c.channel == CHANNEL)))
                .where(ORDERS.c.channel == CHANNEL, ORDERS.c.status.in_([str(s) for s in OPEN]),
                       SHOP_ORDERS.c.gone_at.is_(None))).all()
        if not rows:
            return
        present = self._ask(report, client.existing, [r.external_id for r in rows])
        for row in rows:
            if row.external_id in present:
                continue
            try:
                if row.status != OrderStatus.ON_HOLD:
                    self._orders.hold(row.order_no, "deleted at the shop (WooCommerce)", actor=actor)
            except DomainError as error:
                report.errors.append(SyncError(str(error), row.external_id, row.order_no))
                continue
            with self._uow(core=True) as tx:
                tx.connection.execute(update(SHOP_ORDERS).where(
                    SHOP_ORDERS.c.channel == CHANNEL, SHOP_ORDERS.c.external_id == row.external_id)
                    .values(gone_at=self._clock()))
                tx.commit()
            report.deleted.append(row.order_no)

    # --- push ------------------------------------------------------------------------------------------

    def pending_pushes(self) -> list[Any]:
        """Shipments of WooCommerce orders not (fully) pushed yet, oldest first."""
        with self._uow(read_only=True) as tx:
            return list(tx.connection.execute(
                select(SHIPMENTS.c.id, SHIPMENTS.c.order_id, SHIPMENTS.c.carrier, SHIPMENTS.c.tracking_no,
                       ORDERS.c.order_no, ORDERS.c.external_id, ORDERS.c.status, SHOP_PUSHES.c.shipment_id.label("pushed"),
                       SHOP_PUSHES.c.note_id)
                .select_from(SHIPMENTS.join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
                             .outerjoin(SHOP_PUSHES, SHOP_PUSHES.c.shipment_id == SHIPMENTS.c.id))
                .where(ORDERS.c.channel == CHANNEL, ORDERS.c.external_id != "",
                       or_(SHOP_PUSHES.c.shipment_id.is_(None), SHOP_PUSHES.c.note_id == ""))
                .order_by(SHIPMENTS.c.id)).all())

    def _push(self, client: WooCommerceClient, report: SyncReport, actor: Actor) -> None:
        from desktop_oms.shops.woocommerce import OrderGone

        for row in self.pending_pushes():
            complete = OrderStatus(row.status) in GOODS_LEFT
            try:
                if row.pushed is None:
                    carriers, numbers = self._parcels_so_far(row)
                    self._ask(report, client.mark_shipped, row.external_id, carrier=", ".join(carriers),
                              tracking_no=", ".join(numbers), complete=complete)
                    self._pushed(row, complete=complete)
                note = f"Shipped with {row.carrier}, tracking number {row.tracking_no}."
                note_id = self._ask(report, client.add_note, row.external_id, note)
            except OrderGone:
                report.errors.append(SyncError("the shop no longer has this order; tracking not sent",
                                               row.external_id, row.order_no))
                self._pushed(row, complete=False, note_id="-")
                continue
            self._pushed(row, complete=complete, note_id=note_id)
            report.pushed += 1

    def _parcels_so_far(self, row: Any) -> tuple[list[str], list[str]]:
        """The carriers and tracking numbers of the order's parcels up to this one, in the order they
        left: an order to several addresses keeps every number in the shop, not only its last."""
        with self._uow(read_only=True) as tx:
            parcels = tx.connection.execute(
                select(SHIPMENTS.c.carrier, SHIPMENTS.c.tracking_no)
                .where(SHIPMENTS.c.order_id == row.order_id, SHIPMENTS.c.id <= row.id)
                .order_by(SHIPMENTS.c.id)).all()
        carriers = list(dict.fromkeys(p.carrier for p in parcels)) or [row.carrier]
        return carriers, [p.tracking_no for p in parcels] or [row.tracking_no]

    def _pushed(self, row: Any, *, complete: bool, note_id: str = "") -> None:
        with self._uow(core=True) as tx:
            conn = tx.connection
            insert_if_absent(conn, SHOP_PUSHES, {"shipment_id": row.id, "channel": CHANNEL,
                                                 "external_id": row.external_id, "completed": complete,
                                                 "note_id": "", "pushed_at": self._clock()})
            if note_id:
                conn.execute(update(SHOP_PUSHES).where(SHOP_PUSHES.c.shipment_id == row.id)
                             .values(note_id=note_id[:64]))
            tx.commit()

    # --- the connection's state -----------------------------------------------------------------

    def _ask(self, report: SyncReport, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """One call to the shop (no transaction is open); what stops the run is recorded, then _Stop."""
        from desktop_oms.shops.woocommerce import OrderGone, RateLimited, ShopError

        try:
            return call(*args, **kwargs)
        except RateLimited as error:
            until = error.retry_at or self._clock() + DEFAULT_WAIT
            self._failed(error.message, retry_at=until)
            report.errors.append(SyncError(error.message))
            report.waiting_until = until
            raise _Stop() from None
        except OrderGone:
            raise
        except ShopError as error:
            self._failed(error.message)
            report.errors.append(SyncError(error.message))
            raise _Stop() from None

    def _row(self, *, require_enabled: bool) -> Any:
        with self._uow(core=True) as tx:
            ensure_row(tx.connection, CHANNEL)
            row = read_row(tx.connection, CHANNEL)
            tx.commit()
        data = data_of(CHANNEL, row)
        if not data.configured:
            raise InvalidValue("woocommerce", "the shop connection is not set up: "
                                              "desktop-oms shops set woocommerce --url URL --key K --secret S")
        if require_enabled and not data.enabled:
            raise InvalidValue("woocommerce", "the shop connection is disabled")
        return row

    def _client(self, row: Any) -> WooCommerceClient:
        from desktop_oms.shops.woocommerce import WooCommerceClient, WooConfig

        secret = self._connections.secret(CHANNEL, row)
        key = (row.base_url, row.consumer_key, secret)
        client = self._clients.get(key)
        if client is None:
            config = WooConfig(row.base_url, row.consumer_key, secret)
            client = self._client_factory(config) if self._client_factory else WooCommerceClient(config)
            self._clients = {key: client}
        return client

    def _update_state(self, **values: Any) -> None:
        with self._uow(core=True) as tx:
            tx.connection.execute(update(SHOP_CONNECTIONS).where(SHOP_CONNECTIONS.c.channel == CHANNEL)
                                  .values(**values))
            tx.commit()

    def _started(self) -> None:
        self._update_state(last_sync_at=self._clock())

    def _advance(self, newest: datetime) -> None:
        """The cursor moves forward only (a slower process never moves it back)."""
        with self._uow(core=True) as tx:
            tx.connection.execute(update(SHOP_CONNECTIONS).where(
                SHOP_CONNECTIONS.c.channel == CHANNEL,
                or_(SHOP_CONNECTIONS.c.modified_after.is_(None), SHOP_CONNECTIONS.c.modified_after < newest))
                .values(modified_after=newest))
            tx.commit()

    def _succeeded(self) -> None:
        self._update_state(last_success_at=self._clock(), failures=0, last_error="", retry_after_until=None)

    def _failed(self, message: str, *, retry_at: datetime | None = None) -> None:
        values: dict[str, Any] = {"last_error": message[:500], "last_error_at": self._clock(),
                                  "failures": SHOP_CONNECTIONS.c.failures + 1}
        if retry_at is not None:
            values["retry_after_until"] = retry_at
        self._update_state(**values)
        log.warning("woocommerce: %s", message)


def _remember(conn: Connection, shop: ShopOrder, order_id: int, now: datetime) -> None:
    """What the shop said about the order (its status and when it changed)."""
    insert_if_absent(conn, SHOP_ORDERS, {"channel": CHANNEL, "external_id": shop.id, "order_id": order_id,
                                         "shop_status": shop.status, "shop_modified_at": shop.modified_at,
                                         "seen_at": now})
    conn.execute(update(SHOP_ORDERS).where(SHOP_ORDERS.c.channel == CHANNEL, SHOP_ORDERS.c.external_id == shop.id)
                 .values(shop_status=shop.status, shop_modified_at=shop.modified_at, seen_at=now))


def _move_forward(conn: Connection, order: Any, shop: ShopOrder, actor: Actor) -> bool:
    """Paid at the shop: a pending order becomes accepted (a held one will be released to accepted)."""
    incoming = shop.order
    if incoming.payment_status not in PAID_LIKE or order.payment_status != PaymentStatus.UNPAID:
        return False  # (cash on delivery is collected when the parcel is delivered, not at the shop)
    status = OrderStatus(order.status)
    values: dict[str, Any] = {"payment_status": str(incoming.payment_status)}
    if status is OrderStatus.PENDING_PAYMENT and can_move(status, OrderStatus.ACCEPTED) and \
            incoming.status in (OrderStatus.ACCEPTED, OrderStatus.SHIPPED):
        values["status"] = str(OrderStatus.ACCEPTED)
    elif status is OrderStatus.ON_HOLD and order.held_from == OrderStatus.PENDING_PAYMENT:
        values["held_from"] = str(OrderStatus.ACCEPTED)
    done = conn.execute(update(ORDERS).where(ORDERS.c.id == order.id, ORDERS.c.version == order.version)
                        .values(**values, version=ORDERS.c.version + 1, updated_at=utcnow()))
    if done.rowcount != 1:
        return False
    conn.execute(insert(PAYMENTS).values(order_id=order.id, kind="payment", method=order.payment_method,
                                         amount=order.total, status="completed", reference=shop.id,
                                         bank_details="", created_at=utcnow(), user=actor.name))
    audit.record(conn, actor, "order", order.order_no, "payment", from_status=order.status,
                 to_status=values.get("status", order.status), reason=f"paid at the shop ({shop.status})")
    return True


def _refunds(conn: Connection, order: Any, shop: ShopOrder, actor: Actor) -> bool:
    """Refunds made at the shop since we last looked: the amount kept, the payment status follows."""
    refunded = shop.order.refunded_total
    current = order.refunded_total if isinstance(order.refunded_total, Decimal) else Decimal(order.refunded_total)
    if refunded <= current:
        return False
    full = refunded >= order.total
    status = PaymentStatus.REFUNDED if full else PaymentStatus.PARTIALLY_REFUNDED
    conn.execute(update(ORDERS).where(ORDERS.c.id == order.id).values(
        refunded_total=refunded, payment_status=str(status), version=ORDERS.c.version + 1, updated_at=utcnow()))
    conn.execute(insert(PAYMENTS).values(order_id=order.id, kind="refund", method=order.payment_method,
                                         amount=refunded - current, status="completed", reference=shop.id,
                                         bank_details="", created_at=utcnow(), user=actor.name))
    audit.record(conn, actor, "order", order.order_no, "refund", reason=f"refunded at the shop: {refunded - current}",
                 details={"refunded_total": str(refunded)})
    return True

