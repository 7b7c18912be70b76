"""The tracking poller: ask carriers about due shipments, keep their events, move shipments and orders along.

Everything a carrier imposes lives in the database (table ``carrier_state``), so it holds across
processes and restarts: a ``Retry-After`` deadline, the daily quota, the rate limit (each request
takes the next free slot with one guarded UPDATE) and the circuit breaker. No session is open while
an HTTP call runs: the poller reads what is due, closes the transaction, and its worker threads ask
the carrier; one writer (the thread that called `poll`) stores the answers as they come, those that
have arrived in one transaction (at most `WRITE_CHUNK`), with a statement per table rather than per
parcel. Answers that are malformed or about another parcel are quarantined, never applied; events
are inserted once (a unique key); a late or reordered event never moves a status backwards
(domain/tracking.py). A parcel that is not found, or whose poll failed, is asked about again after
an exponentially growing, jittered pause (`retry_delay`, counted in `shipments.poll_failures`, reset
by a good answer); a wait the carrier imposes (Retry-After, the quota) does not count against it.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, bindparam, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from desktop_oms.db.bulk import insert_if_absent, insert_many_if_absent
from desktop_oms.db.models import (
    AUDIT_LOG,
    CARRIER_STATE,
    CUSTOMERS,
    ORDERS,
    OUTBOX,
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
from desktop_oms.services.notifications import NOTICE_FOR_STATUS, enqueue_shipment_notice

log = logging.getLogger(__name__)

#: Shipments of our carrier codes are tracked through these accounts (Chinese carriers via Kuaidi100).
ACCOUNT_OF = {"zto": "kuaidi100", "yto": "kuaidi100", "sto": "kuaidi100", "yunda": "kuaidi100", "jd": "kuaidi100",
              "ems": "kuaidi100"}
#: Parallel requests per carrier. Numbers per request: the adapter's `max_batch` (1 when it has none:
#: one bad answer then spoils one shipment, not ten).
CONCURRENCY = 4
#: After a "not found", an error or a quarantined answer, the next poll of that shipment waits
#: FIRST, then twice as long after each further failure in a row, at most CAP, plus up to JITTER
#: at random (so parcels that failed together do not come back together).
BACKOFF_FIRST = timedelta(minutes=5)
BACKOFF_CAP = timedelta(hours=12)
BACKOFF_JITTER = timedelta(minutes=5)
#: Answers the writer stores in one transaction (it takes what has arrived, up to this many).
WRITE_CHUNK = 200
MAX_SLOT_WAIT_S = 30.0
#: Rate slots a process reserves at once: at least this many, or half a second's worth of the
#: carrier's rate if that is more (and never more than a second's worth), so that a fast account
#: does not send its requesters to the database — and behind the writer — every few requests.
SLOT_BLOCK = 64
#: How old the carrier's state (Retry-After, breaker, quota) a request goes by may be: another
#: process's 429 stops this one's requests within this time (as it would stop one already in flight).
STATE_MAX_AGE_S = 0.05


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
    poll_failures: int = 0


@dataclass(frozen=True)
class _Outcome:
    """What one request came back with, for the writer.

    kind: "answer" (`results` by upper-case number; a number missing from them was not found),
    "failed" (not found: the batch backs off), "error" (no answer: the batch backs off, and is not
    counted as polled), "quarantine" (a bad answer, kept aside;
    the batch backs off), "wait" (the carrier said wait until `until`: not the parcels' failure)."""

    kind: str
    account: str
    batch: tuple[_Due, ...]
    results: dict[str, TrackResult] = field(default_factory=dict)
    reason: str = ""
    until: datetime | None = None


if TYPE_CHECKING:  # the adapters (and `requests`) are imported on the first poll, not at start-up
    from desktop_oms.carriers.base import CarrierAdapter, CarrierError, TrackResult

    AdapterFor = Callable[[str], tuple[CarrierAdapter, Limits] | None]

_backoff: Any = None  # tenacity's wait strategy, made on first use (tenacity is not imported at start-up)


def retry_delay(failures: int) -> timedelta:
    """How long to wait before asking about a shipment again after `failures` failed polls in a row
    (1 or more): BACKOFF_FIRST doubling each time, at most BACKOFF_CAP, plus 0..BACKOFF_JITTER at random.

    The arithmetic is tenacity's (`wait_exponential` + `wait_random`), the same strategy its retry
    decorator would use, asked for the wait after attempt number `failures`."""
    global _backoff
    import tenacity

    if _backoff is None:
        _backoff = (tenacity.wait_exponential(multiplier=BACKOFF_FIRST.total_seconds(), exp_base=2,
                                              max=BACKOFF_CAP.total_seconds())
                    + tenacity.wait_random(0, BACKOFF_JITTER.total_seconds()))
    state = tenacity.RetryCallState(tenacity.Retrying(), None, (), {})
    state.attempt_number = min(max(1, failures), 64)  # past the cap long before 64; no huge powers
    return timedelta(seconds=float(_backoff(state)))


class TrackingService:
    def __init__(self, uow: UnitOfWorkFactory, adapters: AdapterFor, *,
                 clock: Callable[[], datetime] = utcnow, sleep: Callable[[float], None] = time.sleep) -> None:
        self._uow, self._adapters, self._clock, self._sleep = uow, adapters, clock, sleep
        self._lock = threading.Lock()
        # This process's writes to the poller's tables take turns here rather than in SQLite's busy
        # handler (which sleeps in steps of up to 100 ms while another thread holds the write lock).
        self._write_lock = threading.Lock()
        self._healthy: set[str] = set()  # accounts whose breaker this process saw closed and clean
        self._slots: dict[str, deque[datetime]] = {}  # rate slots this process has reserved, per account
        self._states: dict[str, tuple[float, Any]] = {}  # (monotonic time read, row) of carrier_state, per account

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
        outcomes: queue.SimpleQueue[_Outcome] = queue.SimpleQueue()
        self._states.pop(account, None)  # each run starts from what the database says now

        def run(batch: list[_Due]) -> None:
            outcome = None
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
                outcome = self._ask(account, adapter, batch, report, stop)
                if outcome is not None:
                    outcomes.put(outcome)  # the writer ticks it off once it is stored
            finally:
                if outcome is None:
                    tick(len(batch))

        with ThreadPoolExecutor(max_workers=min(CONCURRENCY, len(batches)) or 1) as pool:
            futures = [pool.submit(run, batch) for batch in batches]
            self._write_as_they_come(outcomes, futures, report, actor, tick)
        for future in futures:
            future.result()  # a failure the workers did not catch (the database) is raised here
        self._touch(account)

    def _write_as_they_come(self, outcomes: queue.SimpleQueue[_Outcome], futures: list[Future[None]],
                            report: PollReport, actor: Actor, tick: Callable[[int], None]) -> None:
        """The writer: stores the outcomes that have arrived, up to WRITE_CHUNK a transaction, until
        every request of the account is done."""
        while True:
            try:
                chunk = [outcomes.get(timeout=0.05)]
            except queue.Empty:
                if all(f.done() for f in futures):
                    if outcomes.empty():  # an outcome put just before its request finished
                        return
                    continue
                continue
            while len(chunk) < WRITE_CHUNK:
                try:
                    chunk.append(outcomes.get_nowait())
                except queue.Empty:
                    break
            self._store(chunk, report, actor)
            tick(sum(len(o.batch) for o in chunk))

    def _ask(self, account: str, adapter: CarrierAdapter, batch: list[_Due], report: PollReport,
             stop: threading.Event) -> _Outcome | None:
        from desktop_oms.carriers.base import CarrierError, Malformed, NotFound, QuotaExhausted, RateLimited

        numbers = [s.tracking_no for s in batch]
        parcels = tuple(batch)
        if stop.is_set():  # a parallel request of this run was just told to wait
            return None
        try:
            if getattr(adapter, "name", "") == "kuaidi100":  # which company the numbers belong to (zto → zhongtong …)
                company = None if batch[0].carrier == "kuaidi100" else batch[0].carrier
                results = adapter.track(numbers, company=company)  # type: ignore[call-arg]
            else:
                results = adapter.track(numbers)  # no transaction is open here
        except RateLimited as error:
            stop.set()
            until = error.retry_at or self._clock() + timedelta(minutes=1)
            self._carrier_failed(account, error, retry_at=until, count_failure=False)
            self._note(report, account, numbers[0], error.message)
            return _Outcome("wait", account, parcels, until=until)
        except NotFound as error:
            self._carrier_ok(account)
            return _Outcome("failed", account, parcels, reason=error.message)
        except Malformed as error:
            self._carrier_ok(account)  # the carrier answered: not an outage
            self._note(report, account, numbers[0], error.message)
            return _Outcome("quarantine", account, parcels, reason=error.message)
        except QuotaExhausted as error:
            stop.set()
            self._carrier_failed(account, error, quota_spent=True, count_failure=False)
            self._note(report, account, numbers[0], error.message)
            tomorrow = (self._clock().astimezone(UTC) + timedelta(days=1)).replace(hour=0, minute=0, second=0,
                                                                                   microsecond=0)
            return _Outcome("wait", account, parcels, until=tomorrow)  # the quota is counted per UTC day
        except CarrierError as error:
            self._carrier_failed(account, error)
            self._note(report, account, numbers[0], error.message)
            return _Outcome("error", account, parcels, reason=error.message)
        except Exception as error:  # a bug or an answer no adapter foresaw: logged, reported, never a crash
            log.exception("%s: tracking %s failed", account, numbers)
            message = f"{type(error).__name__}: {error}"[:300]
            self._note(report, account, numbers[0], message)
            return _Outcome("error", account, parcels, reason=message)
        self._carrier_ok(account)
        by_number = {r.tracking_no.upper(): r for r in results}
        strangers = set(by_number) - {n.upper() for n in numbers}
        if strangers:  # an answer about parcels we did not ask for: none of it is trusted
            return _Outcome("quarantine", account, parcels,
                            reason=f"answer about other numbers: {sorted(strangers)[:3]}")
        return _Outcome("answer", account, parcels, results=by_number)

    def _note(self, report: PollReport, account: str, tracking_no: str, message: str) -> None:
        with self._lock:
            report.errors.append((account, tracking_no, message))

    # --- what the database keeps ---------------------------------------------------------

    def _due(self, every_open: bool, limit: int, shipment_ids: Sequence[int] | None = None) -> list[_Due]:
        now = self._clock()
        open_ = and_(SHIPMENTS.c.status.notin_([str(s) for s in FINAL]),
                     SHIPMENTS.c.shipped_at > now - timedelta(days=90))
        query = select(SHIPMENTS.c.id, SHIPMENTS.c.order_id, SHIPMENTS.c.carrier, SHIPMENTS.c.tracking_no,
                       SHIPMENTS.c.status, SHIPMENTS.c.shipped_at, SHIPMENTS.c.last_event_at,
                       SHIPMENTS.c.poll_failures).where(open_)
        if shipment_ids is not None:
            query = query.where(SHIPMENTS.c.id.in_(list(shipment_ids)))
        elif not every_open:
            query = query.where(or_(SHIPMENTS.c.next_poll_at.is_(None), SHIPMENTS.c.next_poll_at <= now))
        with self._uow(read_only=True, core=True) as tx:
            rows = tx.connection.execute(query.order_by(SHIPMENTS.c.next_poll_at, SHIPMENTS.c.id).limit(limit))
            return [_Due(*row[:7], poll_failures=row[7] or 0) for row in rows]

    def _gate(self, account: str, limits: Limits, requests: int) -> str:
        """Whether this process may send a request now: "" yes (a rate slot and quota taken), else why not.

        Every request looks at the carrier's state (another process may have been told to wait), read
        from the database at most STATE_MAX_AGE_S before and again after anything this process writes
        to it; writes happen only to take quota, to take a block of rate slots (one guarded UPDATE reserves the next
        few slots for this process) or to move the breaker to its trial."""
        now = self._clock()
        state = self._state(account)
        if state is None:
            with self._write_lock, self._uow(core=True) as tx:
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
            with self._write_lock, self._uow(core=True) as tx:
                conn = tx.connection
                if breaker.state is BreakerState.OPEN:
                    _save_breaker(conn, account, breaker.before_call(now))
                if limits.per_day and not _take_quota(conn, account, limits, now):
                    tx.commit()
                    return f"daily quota of {limits.per_day} requests used up"
                tx.commit()
            if breaker.state is BreakerState.OPEN:
                self._states.pop(account, None)
        slot = self._next_slot(account, limits, now)
        wait = (slot - self._clock()).total_seconds()
        if wait > MAX_SLOT_WAIT_S:
            return "rate limit: no request slot free soon"
        if wait > 0:
            self._sleep(wait)
        return ""

    def _state(self, account: str) -> Any:
        """The carrier's row in `carrier_state` (None: none yet), at most STATE_MAX_AGE_S old."""
        cached = self._states.get(account)
        if cached is not None and time.monotonic() - cached[0] < STATE_MAX_AGE_S:
            return cached[1]
        read_at = time.monotonic()
        with self._uow(read_only=True, core=True) as tx:
            state = tx.connection.execute(select(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account)).first()
        if state is not None:
            self._states[account] = (read_at, state)
        return state

    def _next_slot(self, account: str, limits: Limits, now: datetime) -> datetime:
        """A request slot from this process's block, reserving the next block in the database when it is used up."""
        with self._lock:
            block = self._slots.setdefault(account, deque())
            while block and block[0] < now - timedelta(seconds=1):
                block.popleft()  # slots that went by unused
            if not block:
                with self._write_lock, self._uow(core=True) as tx:
                    block.extend(_take_slots(tx.connection, account, limits, now,
                                             max(SLOT_BLOCK, int(limits.per_second / 2))))
                    tx.commit()
            return block.popleft()

    def _carrier_ok(self, account: str) -> None:
        if account in self._healthy:  # known closed and clean in this run: nothing to write
            return
        with self._write_lock, self._uow(core=True) as tx:
            state = tx.connection.execute(select(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account)).one()
            if _breaker(state) != Breaker():
                _save_breaker(tx.connection, account, Breaker())
                tx.commit()
        self._states.pop(account, None)
        self._healthy.add(account)

    def _carrier_failed(self, account: str, error: CarrierError, *, retry_at: datetime | None = None,
                        quota_spent: bool = False, count_failure: bool = True) -> None:
        now = self._clock()
        with self._write_lock, self._uow(core=True) as tx:
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
        self._states.pop(account, None)
        log.warning("%s", error)

    def _touch(self, account: str) -> None:
        with self._write_lock, self._uow(core=True) as tx:
            tx.connection.execute(update(CARRIER_STATE).where(CARRIER_STATE.c.carrier == account)
                                  .values(last_run_at=self._clock()))
            tx.commit()

    def _store(self, chunk: list[_Outcome], report: PollReport, actor: Actor) -> None:
        """The outcomes in one transaction; if that fails, each in its own, so one bad row spoils only
        its own parcels (logged and reported, never a crash)."""
        tally = PollReport()
        try:
            with self._write_lock, self._uow(core=True) as tx:
                _write(tx.connection, chunk, self._clock(), actor, tally)
                tx.commit()
        except Exception as error:
            if len(chunk) > 1:
                for outcome in chunk:
                    self._store([outcome], report, actor)
                return
            log.exception("%s: storing the answer about %s failed", chunk[0].account,
                          [s.tracking_no for s in chunk[0].batch])
            self._note(report, chunk[0].account, chunk[0].batch[0].tracking_no,
                       f"not stored: {type(error).__name__}: {error}"[:300])
            return
        with self._lock:
            report.polled += tally.polled
            report.updated += tally.updated
            report.new_events += tally.new_events
            report.quarantined += tally.quarantined


def _write(conn: Connection, chunk: Sequence[_Outcome], now: datetime, actor: Actor, tally: PollReport) -> None:
    """Store a chunk of outcomes: a few statements per table, whatever the number of parcels."""
    answers: list[tuple[_Due, TrackResult | None]] = []
    failed: list[_Due] = []
    waits: list[tuple[_Due, datetime]] = []
    quarantine: list[dict[str, Any]] = []
    for outcome in chunk:
        if outcome.kind == "answer":
            answers += [(s, outcome.results.get(s.tracking_no.upper())) for s in outcome.batch]
        elif outcome.kind == "wait":
            assert outcome.until is not None
            waits += [(s, outcome.until) for s in outcome.batch]
            continue
        elif outcome.kind == "quarantine":
            quarantine += [{"time": now, "carrier": outcome.account, "tracking_no": s.tracking_no,
                            "reason": outcome.reason[:500], "shipment_id": s.id} for s in outcome.batch]
            failed += outcome.batch
            tally.quarantined += len(outcome.batch)
        else:
            failed += outcome.batch
            if outcome.kind == "error":
                continue
        tally.polled += len(outcome.batch)
    found = [(s, r) for s, r in answers if r is not None]
    failed += [s for s, r in answers if r is None]  # the carrier answered, but not about this one
    if quarantine:
        conn.execute(TRACKING_QUARANTINE.insert(), quarantine)
    if failed:
        conn.execute(update(SHIPMENTS).where(SHIPMENTS.c.id == bindparam("b_id")).values(
            last_polled_at=bindparam("b_now"), next_poll_at=bindparam("b_next"),
            poll_failures=bindparam("b_failures")), [
            {"b_id": s.id, "b_now": now, "b_next": now + retry_delay(s.poll_failures + 1),
             "b_failures": s.poll_failures + 1} for s in failed])
    if waits:  # the carrier's wait, not the parcels' failure: poll_failures stays
        conn.execute(update(SHIPMENTS).where(SHIPMENTS.c.id == bindparam("b_id")).values(
            last_polled_at=bindparam("b_now"), next_poll_at=bindparam("b_next")), [
            {"b_id": s.id, "b_now": now, "b_next": max(until, now)} for s, until in waits])
    if found:
        _apply(conn, found, now, actor, tally)


def _apply(conn: Connection, found: Sequence[tuple[_Due, TrackResult]], now: datetime, actor: Actor,
           tally: PollReport) -> None:
    """Keep the answers' new events and move the shipments (and their orders) on."""
    ids = [s.id for s, _ in found]
    current = {row.id: row for row in conn.execute(
        select(SHIPMENTS.c.id, SHIPMENTS.c.status, SHIPMENTS.c.last_event_at).where(SHIPMENTS.c.id.in_(ids)))}
    # What these shipments have already (one query), then the new events in one statement; the
    # unique key (shipment, time, code, description) still stops a race with another poller.
    seen: dict[int, set[tuple[datetime, str, str]]] = defaultdict(set)
    for shipment_id, t, code, text in conn.execute(
            select(TRACKING_EVENTS.c.shipment_id, TRACKING_EVENTS.c.time, TRACKING_EVENTS.c.code,
                   TRACKING_EVENTS.c.description).where(TRACKING_EVENTS.c.shipment_id.in_(ids))):
        seen[shipment_id].add((t.astimezone(UTC) if t.tzinfo else t.replace(tzinfo=UTC), code, text))
    fresh: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    delivered: list[_Due] = []
    notices: list[tuple[int, str]] = []
    for shipment, result in found:
        now_row = current.get(shipment.id)
        if now_row is None:  # deleted meanwhile
            continue
        known = seen[shipment.id]
        added = 0
        for event in result.events:
            key = (event.time.astimezone(UTC), event.code[:64], event.description[:500])
            if key not in known:
                known.add(key)
                added += 1
                fresh.append({"shipment_id": shipment.id, "time": event.time, "status": str(event.status),
                              "code": key[1], "description": key[2], "location": event.location[:255],
                              "raw": dict(event.raw) if event.raw else None})
        was = TrackingStatus(now_row.status)
        position = advance(Position(was, now_row.last_event_at), [(e.time, e.status) for e in result.events])
        status = position.status
        stuck = is_stuck(now=now, shipped_at=shipment.shipped_at, last_event_at=position.since)
        newly_delivered = status is TrackingStatus.DELIVERED and was is not TrackingStatus.DELIVERED
        moves.append({
            "b_id": shipment.id, "b_status": str(status), "b_since": position.since, "b_now": now,
            "b_next": next_poll(status, now=now, shipped_at=shipment.shipped_at, last_event_at=position.since),
            "b_attention": status in NEEDS_ATTENTION or (stuck and status not in FINAL),
            "b_delivered": position.since if newly_delivered else None})
        if newly_delivered:
            delivered.append(shipment)
        notice = NOTICE_FOR_STATUS.get(status)
        if notice is not None and status is not was:
            notices.append((shipment.id, notice))
        tally.updated += int(status is not was or added > 0)
        tally.new_events += added
    insert_many_if_absent(conn, TRACKING_EVENTS, fresh)
    if moves:
        conn.execute(update(SHIPMENTS).where(SHIPMENTS.c.id == bindparam("b_id")).values(
            status=bindparam("b_status"), last_event_at=bindparam("b_since"), last_polled_at=bindparam("b_now"),
            next_poll_at=bindparam("b_next"), needs_attention=bindparam("b_attention"), poll_failures=0,
            delivered_at=func.coalesce(bindparam("b_delivered", type_=SHIPMENTS.c.delivered_at.type),
                                       SHIPMENTS.c.delivered_at)), moves)
    if delivered:
        _orders_delivered(conn, delivered, actor)
    for shipment_id, notice in _may_notify(conn, notices):
        enqueue_shipment_notice(conn, shipment_id, notice, now=now)  # once per shipment and event


def _may_notify(conn: Connection, notices: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """The notices `enqueue_shipment_notice` may queue: not queued yet, and the order (or its customer)
    has an e-mail address. Two queries for the chunk instead of two per parcel; the function itself
    still checks everything (the address's form, a race with another station)."""
    if not notices:
        return []
    keys = {f"shipment:{shipment_id}:{notice}" for shipment_id, notice in notices}
    queued = set(conn.execute(select(OUTBOX.c.dedupe_key).where(OUTBOX.c.dedupe_key.in_(keys))).scalars())
    left = [(s, n) for s, n in notices if f"shipment:{s}:{n}" not in queued]
    if not left:
        return []
    mailed = set(conn.execute(
        select(SHIPMENTS.c.id).select_from(SHIPMENTS.join(ORDERS, ORDERS.c.id == SHIPMENTS.c.order_id)
                                           .outerjoin(CUSTOMERS, CUSTOMERS.c.id == ORDERS.c.customer_id))
        .where(SHIPMENTS.c.id.in_([s for s, _ in left]),
               or_(func.trim(func.coalesce(ORDERS.c.email, "")) != "",
                   func.trim(func.coalesce(CUSTOMERS.c.email, "")) != ""))).scalars())
    return [(s, n) for s, n in left if s in mailed]


def _orders_delivered(conn: Connection, delivered: Sequence[_Due], actor: Actor) -> None:
    """Each order follows when all its parcels are delivered; cash on delivery is then collected."""
    last = {s.order_id: s for s in delivered}  # the parcel that completed the order, for the audit line
    still_open = set(conn.execute(select(SHIPMENTS.c.order_id).where(
        SHIPMENTS.c.order_id.in_(list(last)), SHIPMENTS.c.status != str(TrackingStatus.DELIVERED))
        .group_by(SHIPMENTS.c.order_id)).scalars())
    ready = [order_id for order_id in last if order_id not in still_open]
    if not ready:
        return
    orders = conn.execute(select(ORDERS.c.id, ORDERS.c.order_no, ORDERS.c.status, ORDERS.c.payment_method,
                                 ORDERS.c.payment_status).where(ORDERS.c.id.in_(ready))).all()
    moves: list[dict[str, Any]] = []
    lines: list[dict[str, Any]] = []
    for order in orders:
        if not can_move(OrderStatus(order.status), OrderStatus.DELIVERED):
            continue
        cod = order.payment_method == PaymentMethod.COD and order.payment_status == PaymentStatus.COD_PENDING
        moves.append({"b_id": order.id, "b_from": order.status, "b_now": utcnow(),
                      "b_paid": str(PaymentStatus.COD_COLLECTED) if cod else order.payment_status})
        shipment = last[order.id]
        lines.append({"b_now": utcnow(), "b_user": actor.name, "b_ref": order.order_no, "b_from": order.status,
                      "b_reason": f"{shipment.carrier} {shipment.tracking_no} delivered"[:500],
                      "b_details": {"cod_collected": cod}})
    if moves:
        conn.execute(update(ORDERS).where(ORDERS.c.id == bindparam("b_id"), ORDERS.c.status == bindparam("b_from"))
                     .values(status=str(OrderStatus.DELIVERED), version=ORDERS.c.version + 1,
                             updated_at=bindparam("b_now"), payment_status=bindparam("b_paid")), moves)
        conn.execute(_AUDIT_DELIVERED, lines)  # what audit.record writes, for many orders in one statement


_AUDIT_DELIVERED = insert(AUDIT_LOG).values(
    time=bindparam("b_now"), user=bindparam("b_user"), entity="order", entity_ref=bindparam("b_ref"), action="deliver",
    from_status=bindparam("b_from"), to_status=str(OrderStatus.DELIVERED), reason=bindparam("b_reason"),
    details=bindparam("b_details"))


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
