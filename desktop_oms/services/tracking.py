"""The tracking poller: ask carriers about due shipments, keep their events, move shipments and orders along.

Everything a carrier imposes lives in the database (table ``carrier_state``), so it holds across
processes and restarts: a ``Retry-After`` deadline, the daily quota, the rate limit (each request
takes the next free slot with one guarded UPDATE) and the circuit breaker. No session is open while
an HTTP call runs: the poller reads what is due, closes the transaction, asks the carrier, then
writes each answer in a transaction of its own. Answers that are malformed or about another parcel
are quarantined, never applied; events are inserted once (a unique key); a late or reordered event
never moves a status backwards (domain/tracking.py).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.engine import Connection

from desktop_oms.db.bulk import insert_if_absent, insert_many_if_absent
from desktop_oms.db.models import (
    CARRIER_STATE,
    ORDERS,
    SHIPMENTS,
    TRACKING_EVENTS,
    TRACKING_QUARANTINE,
    utcnow,
)
from desktop_oms.db.uow import UnitOfWorkFactory
from desktop_oms.domain.orders import OrderStatus, PaymentMethod, PaymentStatus, can_move
from desktop_oms.domain.tracking import (
    FINAL,
    NEEDS_ATTENTION,
    Breaker,
    BreakerState,
    Position,
    TrackingStatus,
    advance,
    is_stuck,
    next_poll,
)
from desktop_oms.domain.users import Actor, Permission
from desktop_oms.services import audit
from desktop_oms.services.notifications import NOTICE_FOR_STATUS, enqueue_shipment_notice

log = logging.getLogger(__name__)

#: Shipments of our carrier codes are tracked through these accounts (Chinese carriers via Kuaidi100).
ACCOUNT_OF = {"zto": "kuaidi100", "yto": "kuaidi100", "sto": "kuaidi100", "yunda": "kuaidi100", "jd": "kuaidi100",
              "ems": "kuaidi100"}
#: Parallel requests per carrier. Numbers per request: the adapter's `max_batch` (1 when it has none:
#: one bad answer then spoils one shipment, not ten).
CONCURRENCY = 4
#: After a "not found" or an error, ask about that shipment again after this long.
RETRY_SHIPMENT_AFTER = timedelta(hours=1)
MAX_SLOT_WAIT_S = 30.0
#: Rate slots a process reserves at once (at most a second's worth of the carrier's rate).
SLOT_BLOCK = 16


@dataclass(frozen=True)
class Limits:
    """What the carrier publishes: requests per second and per day (0: no daily quota)."""

    per_second: float = 5.0
    per_day: int = 0


@dataclass
class PollReport:
    polled: int = 0
    updated: int = 0
    new_events: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (carrier, tracking_no, message)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (carrier, why) carriers left alone this run
    quarantined: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"polled": self.polled, "updated": self.updated, "new_events": self.new_events,
                "errors": [{"carrier": c, "tracking_no": n, "message": m} for c, n, m in self.errors],
                "skipped": [{"carrier": c, "reason": r} for c, r in self.skipped], "quarantined": self.quarantined}


@dataclass(frozen=True)
class _Due:
    id: int
    order_id: int
    carrier: str
    tracking_no: str
    status: str
    shipped_at: datetime
    last_event_at: datetime | None


if TYPE_CHECKING:  # the adapters (and `requests`) are imported on the first poll, not at start-up
    from desktop_oms.carriers.base import CarrierAdapter, CarrierError, TrackResult

    AdapterFor = Callable[[str], tuple[CarrierAdapter, Limits] | None]


class TrackingService:
    def __init__(self, uow: UnitOfWorkFactory, adapters: AdapterFor, *,
                 clock: Callable[[], datetime] = utcnow, sleep: Callable[[float], None] = time.sleep) -> None:
        self._uow, self._adapters, self._clock, self._sleep = uow, adapters, clock, sleep
        self._lock = threading.Lock()
        self._healthy: set[str] = set()  # accounts whose breaker this process saw closed and clean
        self._slots: dict[str, list[datetime]] = {}  # rate slots this process has reserved, per account

    def poll(self, *, actor: Actor, every_open: bool = False, limit: int = 10_000,
             shipment_ids: Sequence[int] | None = None,
             progress: Callable[[int, int], None] | None = None) -> PollReport:
        """One pass over the due shipments (`every_open`: every open shipment, schedule or not;
        `shipment_ids`: just these, e.g. "refresh now") — never past a carrier's Retry-After, quota or
        open breaker."""
        actor.require(Permission.SHIP_ORDERS)
        report = PollReport()
        due = self._due(every_open or shipment_ids is not None, limit, shipment_ids)
        by_account: dict[str, list[_Due]] = defaultdict(list)
        for shipment in due:
            by_account[ACCOUNT_OF.get(shipment.carrier, shipment.carrier)].append(shipment)
        done = [0]

        def tick(n: int) -> None:
            with self._lock:
                done[0] += n
                if progress is not None:
                    progress(done[0], len(due))

        for account, shipments in sorted(by_account.items()):
            self._poll_account(account, shipments, report, actor, tick)
        return report

    # --- one carrier account -------------------------------------------------------------

    def _poll_account(self, account: str, shipments: list[_Due], report: PollReport, actor: Actor,
                      tick: Callable[[int], None]) -> None:
        found = self._adapters(account)
        if found is None:
            report.skipped.append((account, "no enabled account for this carrier"))
            tick(len(shipments))
            return
        adapter, limits = found
        size = max(1, int(getattr(adapter, "max_batch", 1)))
        groups: dict[str, list[_Due]] = defaultdict(list)
        for shipment in shipments:  # Kuaidi100 is asked per carrier company; the others take any mix
            groups[shipment.carrier if account == "kuaidi100" else account].append(shipment)
        batches = [group[i:i + size] for group in groups.values() for i in range(0, len(group), size)]
        stop = threading.Event()

        def run(batch: list[_Due]) -> None:
            try:
                if stop.is_set():
                    return
                why = self._gate(account, limits, len(batch))
                if why:
                    stop.set()
                    with self._lock:
                        if (account, why) not in report.skipped:
                            report.skipped.append((account, why))
                    return
                self._ask(account, adapter, batch, report, actor, stop)
            finally:
                tick(len(batch))

        with ThreadPoolExecutor(max_workers=min(CONCURRENCY, len(batches)) or 1) as pool:
            list(pool.map(run, batches))
        self._touch(account)

    def _ask(self, account: str, adapter: CarrierAdapter, batch: list[_Due], report: PollReport, actor: Actor,
             stop: threading.Event) -> None:
        from desktop_oms.carriers.base import CarrierError, Malformed, NotFound, QuotaExhausted, RateLimited

        numbers = [s.tracking_no for s in batch]
        if stop.is_set():  # a parallel request of this run was just told to wait
            return
        try:
            if getattr(adapter, "name", "") == "kuaidi100":  # which company the numbers belong to (zto → zhongtong …)
                company = None if batch[0].carrier == "kuaidi100" else batch[0].carrier
                results = adapter.track(numbers, company=company)  # type: ignore[call-arg]
            else:
                results = adapter.track(numbers)  # no transaction is open here
        except RateLimited as error:
            stop.set()
            self._carrier_failed(account, error, retry_at=error.retry_at or self._clock() + timedelta(minutes=1),
                                 count_failure=False)
            self._note(report, account, numbers[0], error.message)
            self._later(batch)
            return
        except NotFound:
            self._carrier_ok(account)
            self._later(batch)
            with self._lock:
                report.polled += len(batch)
            return
        except Malformed as error:
            self._carrier_ok(account)  # the carrier answered: not an outage
            self._quarantine(account, batch, error.message)
            with self._lock:
                report.quarantined += len(batch)
                report.polled += len(batch)
            self._note(report, account, numbers[0], error.message)
            return
        except QuotaExhausted as error:
            stop.set()
            self._carrier_failed(account, error, quota_spent=True, count_failure=False)
            self._note(report, account, numbers[0], error.message)
            self._later(batch)
            return
        except CarrierError as error:
            self._carrier_failed(account, error)
            self._note(report, account, numbers[0], error.message)
            self._later(batch)
            return
        except Exception as error:  # a bug or an answer no adapter foresaw: logged, reported, never a crash
            log.exception("%s: tracking %s failed", account, numbers)
            self._note(report, account, numbers[0], f"{type(error).__name__}: {error}"[:300])
            self._later(batch)
            return
        self._carrier_ok(account)
        by_number = {r.tracking_no.upper(): r for r in results}
        strangers = set(by_number) - {n.upper() for n in numbers}
        if strangers:  # an answer about parcels we did not ask for: none of it is trusted
            self._quarantine(account, batch, f"answer about other numbers: {sorted(strangers)[:3]}")
            with self._lock:
                report.quarantined += len(batch)
                report.polled += len(batch)
            return
        for shipment in batch:
            result = by_number.get(shipment.tracking_no.upper())
            changed, added = self._apply(shipment, result, actor)
            with self._lock:
                report.polled += 1
                report.updated += int(changed)
                report.new_events += added

    def _note(self, report: PollReport, account: str, tracking_no: str, message: str) -> None:
        with self._lock:
            report.errors.append((account, tracking_no, message))

    # --- what the database keeps ---------------------------------------------------------

    def _due(self, every_open: bool, limit: int, shipment_ids: Sequence[int] | None = None) -> list[_Due]:
        now = self._clock()
        open_ = and_(SHIPMENTS.c.status.notin_([str(s) for s in FINAL]),
                     SHIPMENTS.c.shipped_at > now - timedelta(days=90))
        query = select(SHIPMENTS.c.id, SHIPMENTS.c.order_id, SHIPMENTS.c.carrier, SHIPMENTS.c.tracking_no,
                       SHIPMENTS.c.status, SHIPMENTS.c.shipped_at, SHIPMENTS.c.last_event_at).where(open_)
        if shipment_ids is not None:
            query = query.where(SHIPMENTS.c.id.in_(list(shipment_ids)))
        elif not every_open:
            query = query.where(or_(SHIPMENTS.c.next_poll_at.is_(None), SHIPMENTS.c.next_poll_at <= now))
        with self._uow(read_only=True) as tx:
            rows = tx.connection.execute(query.order_by(SHIPMENTS.c.next_poll_at, SHIPMENTS.c.id).limit(limit))
            return [_Due(*row) for row in rows]

    def _gate(self, account: str, limits: Limits, requests: int) -> str:
        """Whether this process may send a request now: "" yes (a rate slot and quota taken), else why not.

        Every request reads the carrier's state (another process may have been told to wait); writes
        happen only to take quota, to take a block of rate slots (one guarded UPDATE reserves the next
        few slots for this process) or to move the breaker to its trial."""
        now = self._clock()
        with self._uow(read_only=True) as tx:
            state = tx.connection.execute(select(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account)).first()
        if state is None:
            with self._uow() as tx:
                insert_if_absent(tx.connection, CARRIER_STATE, {
                    "carrier": account, "quota_day": "", "quota_used": 0, "breaker_state": "closed",
                    "breaker_failures": 0, "breaker_trips": 0, "last_error": ""})
                state = tx.connection.execute(select(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account)).one()
                tx.commit()
        if state.retry_after_until is not None and now < state.retry_after_until:
            return f"asked to wait until {state.retry_after_until.isoformat(timespec='seconds')} (Retry-After)"
        breaker = _breaker(state)
        if breaker != Breaker():
            self._healthy.discard(account)  # another process saw failures: report the outcome
        if not breaker.allows(now):
            assert breaker.retry_at is not None
            return f"circuit open until {breaker.retry_at.isoformat(timespec='seconds')} after repeated failures"
        if breaker.state is BreakerState.OPEN or limits.per_day:
            with self._uow() as tx:
                conn = tx.connection
                if breaker.state is BreakerState.OPEN:
                    _save_breaker(conn, account, breaker.before_call(now))
                if limits.per_day and not _take_quota(conn, account, limits, now):
                    tx.commit()
                    return f"daily quota of {limits.per_day} requests used up"
                tx.commit()
        slot = self._next_slot(account, limits, now)
        wait = (slot - self._clock()).total_seconds()
        if wait > MAX_SLOT_WAIT_S:
            return "rate limit: no request slot free soon"
        if wait > 0:
            self._sleep(wait)
        return ""

    def _next_slot(self, account: str, limits: Limits, now: datetime) -> datetime:
        """A request slot from this process's block, reserving the next block in the database when it is used up."""
        with self._lock:
            block = self._slots.setdefault(account, [])
            while block and block[0] < now - timedelta(seconds=1):
                block.pop(0)  # slots that went by unused
            if not block:
                with self._uow() as tx:
                    block.extend(_take_slots(tx.connection, account, limits, now, SLOT_BLOCK))
                    tx.commit()
            return block.pop(0)

    def _carrier_ok(self, account: str) -> None:
        if account in self._healthy:  # known closed and clean in this run: nothing to write
            return
        with self._uow() as tx:
            state = tx.connection.execute(select(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account)).one()
            if _breaker(state) != Breaker():
                _save_breaker(tx.connection, account, Breaker())
                tx.commit()
        self._healthy.add(account)

    def _carrier_failed(self, account: str, error: CarrierError, *, retry_at: datetime | None = None,
                        quota_spent: bool = False, count_failure: bool = True) -> None:
        now = self._clock()
        with self._uow() as tx:
            conn = tx.connection
            values: dict[str, Any] = {"last_error": error.message[:500]}
            if retry_at is not None:
                values["retry_after_until"] = retry_at
            if quota_spent:
                values |= {"quota_day": now.date().isoformat(), "quota_used": 10**9}
            conn.execute(update(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account).values(**values))
            self._healthy.discard(account)
            if count_failure:
                state = conn.execute(select(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account)).one()
                _save_breaker(conn, account, _breaker(state).failed(now))
            tx.commit()
        log.warning("%s", error)

    def _touch(self, account: str) -> None:
        with self._uow() as tx:
            tx.connection.execute(update(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account)
                                  .values(last_run_at=self._clock()))
            tx.commit()

    def _later(self, batch: Sequence[_Due]) -> None:
        now = self._clock()
        with self._uow() as tx:
            tx.connection.execute(update(SHIPMENTS).where(SHIPMENTS.c.id.in_([s.id for s in batch]))
                                  .values(last_polled_at=now, next_poll_at=now + RETRY_SHIPMENT_AFTER))
            tx.commit()

    def _quarantine(self, account: str, batch: Sequence[_Due], reason: str) -> None:
        now = self._clock()
        with self._uow() as tx:
            conn = tx.connection
            conn.execute(TRACKING_QUARANTINE.insert(), [
                {"time": now, "carrier": account, "tracking_no": s.tracking_no, "reason": reason[:500],
                 "shipment_id": s.id} for s in batch])
            conn.execute(update(SHIPMENTS).where(SHIPMENTS.c.id.in_([s.id for s in batch]))
                         .values(last_polled_at=now, next_poll_at=now + RETRY_SHIPMENT_AFTER))
            tx.commit()

    def _apply(self, shipment: _Due, result: TrackResult | None, actor: Actor) -> tuple[bool, int]:
        """Keep the answer's new events and move the shipment (and its order) on: (changed, new events)."""
        now = self._clock()
        with self._uow() as tx:
            conn = tx.connection
            current = conn.execute(select(SHIPMENTS.c.status, SHIPMENTS.c.last_event_at, SHIPMENTS.c.needs_attention)
                                   .where(SHIPMENTS.c.id == shipment.id)).one()
            events = result.events if result is not None else ()
            # What this shipment has already (one query), then the new events in one statement; the
            # unique key (shipment, time, code, description) still stops a race with another poller.
            seen = {(t.astimezone(UTC) if t.tzinfo else t.replace(tzinfo=UTC), code, text) for t, code, text in
                    conn.execute(select(TRACKING_EVENTS.c.time, TRACKING_EVENTS.c.code, TRACKING_EVENTS.c.description)
                                 .where(TRACKING_EVENTS.c.shipment_id == shipment.id))}
            fresh: dict[tuple[datetime, str, str], dict[str, Any]] = {}
            for event in events:
                key = (event.time.astimezone(UTC), event.code[:64], event.description[:500])
                if key not in seen and key not in fresh:
                    fresh[key] = {"shipment_id": shipment.id, "time": event.time, "status": str(event.status),
                                  "code": key[1], "description": key[2], "location": event.location[:255],
                                  "raw": dict(event.raw) if event.raw else None}
            insert_many_if_absent(conn, TRACKING_EVENTS, list(fresh.values()))
            added = len(fresh)
            position = advance(Position(TrackingStatus(current.status), current.last_event_at),
                               [(e.time, e.status) for e in events])
            status = position.status
            stuck = is_stuck(now=now, shipped_at=shipment.shipped_at, last_event_at=position.since)
            attention = status in NEEDS_ATTENTION or (stuck and status not in FINAL)
            values: dict[str, Any] = {
                "status": str(status), "last_event_at": position.since, "last_polled_at": now,
                "next_poll_at": next_poll(status, now=now, shipped_at=shipment.shipped_at,
                                          last_event_at=position.since),
                "needs_attention": attention}
            if status is TrackingStatus.DELIVERED and current.status != TrackingStatus.DELIVERED:
                values["delivered_at"] = position.since
            conn.execute(update(SHIPMENTS).where(SHIPMENTS.c.id == shipment.id).values(**values))
            changed = status != current.status or added > 0
            if status is TrackingStatus.DELIVERED and current.status != TrackingStatus.DELIVERED:
                _order_delivered(conn, shipment, actor)
            notice = NOTICE_FOR_STATUS.get(status)
            if notice is not None and status != current.status:
                enqueue_shipment_notice(conn, shipment.id, notice, now=now)  # once per shipment and event
            tx.commit()
            return changed, added


def _order_delivered(conn: Connection, shipment: _Due, actor: Actor) -> None:
    """The order follows when all its parcels are delivered; cash on delivery is then collected."""
    open_parcels = conn.execute(select(func.count()).select_from(SHIPMENTS).where(
        SHIPMENTS.c.order_id == shipment.order_id, SHIPMENTS.c.status != str(TrackingStatus.DELIVERED))).scalar_one()
    if open_parcels:
        return
    order = conn.execute(select(ORDERS.c.order_no, ORDERS.c.status, ORDERS.c.payment_method,
                                ORDERS.c.payment_status).where(ORDERS.c.id == shipment.order_id)).one()
    if not can_move(OrderStatus(order.status), OrderStatus.DELIVERED):
        return
    values: dict[str, Any] = {"status": str(OrderStatus.DELIVERED), "version": ORDERS.c.version + 1,
                              "updated_at": utcnow()}
    if order.payment_method == PaymentMethod.COD and order.payment_status == PaymentStatus.COD_PENDING:
        values["payment_status"] = str(PaymentStatus.COD_COLLECTED)
    conn.execute(update(ORDERS).where(ORDERS.c.id == shipment.order_id, ORDERS.c.status == order.status)
                 .values(**values))
    audit.record(conn, actor, "order", order.order_no, "deliver", from_status=order.status,
                 to_status=str(OrderStatus.DELIVERED), reason=f"{shipment.carrier} {shipment.tracking_no} delivered",
                 details={"cod_collected": "payment_status" in values})


def _take_quota(conn: Connection, account: str, limits: Limits, now: datetime) -> bool:
    """One request of today's quota, taken with a guarded UPDATE (false: used up)."""
    today = now.date().isoformat()
    conn.execute(update(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account, CARRIER_STATE.c.quota_day != today)
                 .values(quota_day=today, quota_used=0))
    taken = conn.execute(update(CARRIER_STATE).where(
        CARRIER_STATE.c.carrier == account, CARRIER_STATE.c.quota_used + 1 <= limits.per_day)
        .values(quota_used=CARRIER_STATE.c.quota_used + 1))
    return taken.rowcount == 1


def _take_slots(conn: Connection, account: str, limits: Limits, now: datetime, count: int) -> list[datetime]:
    """The carrier's next `count` free request slots, taken for this process (one guarded UPDATE each try)."""
    step = timedelta(seconds=1 / max(limits.per_second, 0.001))
    count = max(1, min(count, int(limits.per_second) or 1))  # never more than a second's worth at once
    for _ in range(20):
        current = conn.execute(select(CARRIER_STATE.c.next_slot_at).where(CARRIER_STATE.c.carrier == account)).scalar()
        start = max(now, current) if current is not None else now
        guard = CARRIER_STATE.c.next_slot_at.is_(None) if current is None else CARRIER_STATE.c.next_slot_at == current
        done = conn.execute(update(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account, guard)
                            .values(next_slot_at=start + step * count))
        if done.rowcount == 1:
            return [start + step * i for i in range(count)]
    raise RuntimeError(f"could not take a request slot of {account}")


def _breaker(state: Any) -> Breaker:
    retry_at = state.breaker_retry_at
    if retry_at is not None and retry_at.tzinfo is None:
        retry_at = retry_at.replace(tzinfo=UTC)
    return Breaker(BreakerState(state.breaker_state), state.breaker_failures, state.breaker_trips, retry_at)


def _save_breaker(conn: Connection, account: str, breaker: Breaker) -> None:
    conn.execute(update(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account).values(
        breaker_state=str(breaker.state), breaker_failures=breaker.failures, breaker_trips=breaker.trips,
        breaker_retry_at=breaker.retry_at))
