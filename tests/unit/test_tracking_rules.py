"""The poller's pure rules: status never backwards on late events, when to poll, the circuit breaker, the
backoff of a shipment whose polls keep failing."""

from datetime import UTC, datetime, timedelta

import pytest

from desktop_oms.domain.tracking import (
    Breaker,
    BreakerState,
    Position,
    TrackingStatus,
    advance,
    is_stuck,
    next_poll,
)
from desktop_oms.services.tracking import BACKOFF_CAP, BACKOFF_FIRST, BACKOFF_JITTER, retry_delay

T = TrackingStatus
T0 = datetime(2026, 11, 11, 8, 0, tzinfo=UTC)


def h(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def test_the_newest_event_sets_the_status_whatever_order_they_arrive_in() -> None:
    events = [(h(5), T.OUT_FOR_DELIVERY), (h(1), T.PICKED_UP), (h(3), T.IN_TRANSIT)]
    assert advance(Position(T.PENDING), events) == Position(T.OUT_FOR_DELIVERY, h(5))


def test_a_late_event_is_kept_elsewhere_but_never_moves_the_status_back() -> None:
    now = Position(T.OUT_FOR_DELIVERY, h(5))
    assert advance(now, [(h(3), T.IN_TRANSIT)]) == now


def test_a_new_attempt_after_a_failed_delivery_is_progress_because_it_is_newer() -> None:
    failed = Position(T.DELIVERY_FAILED, h(5))
    assert advance(failed, [(h(20), T.OUT_FOR_DELIVERY)]).status is T.OUT_FOR_DELIVERY


def test_delivered_is_final_and_unknown_never_replaces_a_known_status() -> None:
    done = Position(T.DELIVERED, h(5))
    assert advance(done, [(h(9), T.IN_TRANSIT)]) == done
    moving = Position(T.IN_TRANSIT, h(2))
    assert advance(moving, [(h(4), T.UNKNOWN)]) == moving
    assert advance(Position(T.PENDING), [(h(1), T.UNKNOWN)]).status is T.UNKNOWN


def test_at_the_same_time_the_further_status_wins() -> None:
    assert advance(Position(T.PENDING), [(h(1), T.DELIVERED), (h(1), T.OUT_FOR_DELIVERY)]).status is T.DELIVERED


@pytest.mark.parametrize(("status", "every"), [
    (T.OUT_FOR_DELIVERY, timedelta(minutes=30)), (T.IN_TRANSIT, timedelta(hours=3)),
    (T.INFO_RECEIVED, timedelta(hours=4))])
def test_busy_parcels_are_polled_more_often_than_quiet_ones(status: TrackingStatus, every: timedelta) -> None:
    assert next_poll(status, now=h(10), shipped_at=h(0), last_event_at=h(9)) == h(10) + every


def test_no_poll_after_delivery_or_ninety_days() -> None:
    assert next_poll(T.DELIVERED, now=h(10), shipped_at=h(0), last_event_at=h(9)) is None
    assert next_poll(T.IN_TRANSIT, now=T0 + timedelta(days=90), shipped_at=T0, last_event_at=h(9)) is None


def test_a_stuck_parcel_is_polled_twice_a_day() -> None:
    now = T0 + timedelta(days=6)
    assert is_stuck(now=now, shipped_at=T0, last_event_at=T0 + timedelta(days=1))
    assert next_poll(T.IN_TRANSIT, now=now, shipped_at=T0, last_event_at=T0 + timedelta(days=1)) == \
        now + timedelta(hours=12)


def test_the_breaker_opens_after_five_failures_and_cools_down_longer_each_time() -> None:
    b = Breaker()
    for _ in range(4):
        b = b.failed(T0)
    assert b.state is BreakerState.CLOSED and b.allows(T0)
    b = b.failed(T0)
    assert b.state is BreakerState.OPEN and not b.allows(T0 + timedelta(minutes=1))
    later = T0 + timedelta(minutes=2)
    b = b.before_call(later)
    assert b.state is BreakerState.HALF_OPEN
    b = b.failed(later)  # the trial failed: open again, for twice as long
    assert b.state is BreakerState.OPEN and b.retry_at == later + timedelta(minutes=4)
    assert b.before_call(later + timedelta(minutes=4)).succeeded() == Breaker()


def test_a_failing_shipment_waits_twice_as_long_each_time_up_to_a_cap_with_jitter() -> None:
    samples = {n: [retry_delay(n) for _ in range(200)] for n in range(1, 16)}
    for n, delays in samples.items():  # jitter within its bounds, on top of the doubling, capped
        nominal = min(BACKOFF_FIRST * 2 ** (n - 1), BACKOFF_CAP)
        assert all(nominal <= d <= nominal + BACKOFF_JITTER for d in delays), n
        assert len(set(delays)) > 100  # jittered: parcels that failed together spread out
    for n in range(1, 15):  # monotone: one more failure never waits less, jitter and all; then the cap holds
        if BACKOFF_FIRST * 2 ** (n - 1) < BACKOFF_CAP:
            assert min(samples[n + 1]) >= max(samples[n]), n
        else:
            assert min(samples[n + 1]) >= BACKOFF_CAP, n
    assert max(samples[15]) <= BACKOFF_CAP + BACKOFF_JITTER
    assert BACKOFF_CAP <= retry_delay(10**9) <= BACKOFF_CAP + BACKOFF_JITTER  # no overflow however often
    assert min(samples[1]) >= BACKOFF_FIRST and max(samples[1]) <= BACKOFF_FIRST + BACKOFF_JITTER


def test_after_a_good_answer_the_wait_starts_again_from_the_first_step() -> None:
    # The poller stores 0 failures after a good answer, so the next failure is failure number 1 again
    # (tests/integration/test_tracking_poller.py checks that through the database).
    assert retry_delay(1) <= BACKOFF_FIRST + BACKOFF_JITTER < BACKOFF_FIRST * 2 ** 5 <= retry_delay(6)
    assert retry_delay(0) <= BACKOFF_FIRST + BACKOFF_JITTER  # "no failure yet" is treated as the first
