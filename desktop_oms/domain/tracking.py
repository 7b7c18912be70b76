"""Normalised shipment tracking statuses, and the rules the poller lives by.

- A shipment's status is the status of its newest event (by the event's own time); an event that
  arrives late or out of order is kept in the timeline but never moves the status backwards.
- How often a shipment is asked about depends on where it is: often when out for delivery,
  rarely when nothing moves, never again once delivered (or 90 days after it left).
- A carrier that keeps failing is left alone for a while (a circuit breaker), longer each time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Final


class TrackingStatus(StrEnum):
    PENDING = "pending"
    INFO_RECEIVED = "info_received"
    PICKED_UP = "picked_up"
    IN_TRANSIT = "in_transit"
    OUT_FOR_DELIVERY = "out_for_delivery"
    READY_FOR_PICKUP = "ready_for_pickup"
    DELIVERED = "delivered"
    DELIVERY_FAILED = "delivery_failed"
    DELIVERY_DELAYED = "delivery_delayed"
    ON_HOLD = "on_hold"
    RETURN_TO_SENDER = "return_to_sender"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


T = TrackingStatus

#: Where a parcel can end: no poll after these.
FINAL: Final = frozenset({T.DELIVERED, T.CANCELLED})

#: Statuses a person should look at (with "no movement for N days").
NEEDS_ATTENTION: Final = frozenset({T.DELIVERY_FAILED, T.ON_HOLD, T.RETURN_TO_SENDER, T.DELIVERY_DELAYED})

#: How far along the way a status is; at equal event times the further one wins. An exception
#: (failed, held, delayed) sits with "in transit": the parcel is on its way back into the network.
PROGRESS: Final[dict[TrackingStatus, int]] = {
    T.UNKNOWN: -1, T.PENDING: 0, T.INFO_RECEIVED: 1, T.PICKED_UP: 2, T.IN_TRANSIT: 3, T.DELIVERY_DELAYED: 3,
    T.ON_HOLD: 3, T.DELIVERY_FAILED: 4, T.OUT_FOR_DELIVERY: 4, T.READY_FOR_PICKUP: 5, T.RETURN_TO_SENDER: 5,
    T.DELIVERED: 6, T.CANCELLED: 6,
}


@dataclass(frozen=True)
class Position:
    """A shipment's current status and the time of the event that set it."""

    status: TrackingStatus
    since: datetime | None = None


def advance(current: Position, events: Iterable[tuple[datetime, TrackingStatus]]) -> Position:
    """The position after these events, in any order: only a newer event (or, at the same time, one
    further along) moves it; UNKNOWN never replaces a known status; a final status is never left."""
    position = current
    for time, status in sorted(events, key=lambda e: (e[0], PROGRESS[e[1]])):
        if status is T.UNKNOWN and position.status is not T.PENDING:
            continue
        if position.status in FINAL:
            break
        if position.since is None or time > position.since or (
                time == position.since and PROGRESS[status] > PROGRESS[position.status]):
            position = replace(position, status=status, since=time)
    return position


# --- when to ask again ---------------------------------------------------------------------

#: After this long since it was shipped, a parcel is not polled any more.
GIVE_UP_AFTER: Final = timedelta(days=90)
#: No new event for this long: the parcel is "stuck" (needs attention) and polled less.
STUCK_AFTER: Final = timedelta(days=4)

_EVERY: Final[dict[TrackingStatus, timedelta]] = {
    T.OUT_FOR_DELIVERY: timedelta(minutes=30),
    T.READY_FOR_PICKUP: timedelta(hours=6),
    T.DELIVERY_FAILED: timedelta(hours=1),
    T.IN_TRANSIT: timedelta(hours=3),
    T.PICKED_UP: timedelta(hours=3),
    T.DELIVERY_DELAYED: timedelta(hours=3),
    T.ON_HOLD: timedelta(hours=4),
    T.RETURN_TO_SENDER: timedelta(hours=6),
    T.INFO_RECEIVED: timedelta(hours=4),
    T.PENDING: timedelta(hours=2),
    T.UNKNOWN: timedelta(hours=4),
}


def next_poll(status: TrackingStatus, *, now: datetime, shipped_at: datetime,
              last_event_at: datetime | None) -> datetime | None:
    """When to ask about the shipment again; None: never (final, or given up)."""
    if status in FINAL or now - shipped_at >= GIVE_UP_AFTER:
        return None
    interval = _EVERY[status]
    if is_stuck(now=now, shipped_at=shipped_at, last_event_at=last_event_at):
        interval = max(interval, timedelta(hours=12))
    return now + interval


def is_stuck(*, now: datetime, shipped_at: datetime, last_event_at: datetime | None) -> bool:
    return now - (last_event_at or shipped_at) >= STUCK_AFTER


# --- the circuit breaker -------------------------------------------------------------------


class BreakerState(StrEnum):
    CLOSED = "closed"  # calls go through
    OPEN = "open"  # the carrier is left alone until `retry_at`
    HALF_OPEN = "half_open"  # one trial call decides


@dataclass(frozen=True)
class Breaker:
    """Per carrier, kept in the database so every process sees it."""

    state: BreakerState = BreakerState.CLOSED
    failures: int = 0  # consecutive
    trips: int = 0  # how often it opened in a row (the cool-down doubles each time)
    retry_at: datetime | None = None

    FAILURES_TO_OPEN = 5
    COOL_DOWN = timedelta(minutes=2)
    MAX_COOL_DOWN = timedelta(hours=1)

    def allows(self, now: datetime) -> bool:
        return self.state is not BreakerState.OPEN or (self.retry_at is not None and now >= self.retry_at)

    def before_call(self, now: datetime) -> Breaker:
        if self.state is BreakerState.OPEN and self.allows(now):
            return replace(self, state=BreakerState.HALF_OPEN)
        return self

    def succeeded(self) -> Breaker:
        return Breaker()

    def failed(self, now: datetime) -> Breaker:
        failures = self.failures + 1
        if self.state is BreakerState.HALF_OPEN or failures >= self.FAILURES_TO_OPEN:
            cool = min(self.COOL_DOWN * 2**self.trips, self.MAX_COOL_DOWN)
            return Breaker(BreakerState.OPEN, failures, self.trips + 1, now + cool)
        return replace(self, failures=failures)
