"""What every carrier adapter takes and gives back, and the errors it raises.

An adapter turns one carrier's published API into `TrackResult`s with normalised events. It never
retries by itself beyond what its `requests` session's urllib3 `Retry` does for connection errors;
rate limits (429 + Retry-After), outages (5xx) and bad answers are raised as the errors below so the
poller can record them in the database (they must hold across processes) and back off.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Protocol

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from desktop_oms.domain.tracking import TrackingStatus
from desktop_oms.http_session import EnvironmentOnceSession

log = logging.getLogger(__name__)

#: (connect, read) seconds.
DEFAULT_TIMEOUT = (3.05, 15.0)


@dataclass(frozen=True)
class CarrierConfig:
    """One carrier account: where its API is and how to sign in. Secrets come from the OS keyring."""

    name: str  # "dhl", "ups", ... as in the CLI contract
    base_url: str
    api_key: str = ""  # DHL-API-Key, 17TRACK token, Kuaidi100 key
    client_id: str = ""  # OAuth client credentials (UPS, FedEx, USPS), SF Express partner id
    client_secret: str = ""  # OAuth secret, SF Express check word
    customer: str = ""  # Kuaidi100 customer id
    enabled: bool = True
    timeout: tuple[float, float] = DEFAULT_TIMEOUT
    requests_per_second: float = 5.0  # the carrier's published rate limit (the poller enforces it)
    daily_quota: int = 0  # 0: none published
    extra: Mapping[str, str] = field(default_factory=dict)  # e.g. Kuaidi100's carrier code per shipment


@dataclass(frozen=True)
class TrackEvent:
    time: datetime  # timezone-aware: the carrier's offset when it gives one, else UTC
    status: TrackingStatus
    code: str  # the carrier's own status code, verbatim
    description: str  # the carrier's own text, verbatim
    location: str = ""
    raw: Mapping[str, Any] | None = None  # the event as the carrier sent it


@dataclass(frozen=True)
class TrackResult:
    tracking_no: str
    status: TrackingStatus  # the carrier's current status, normalised
    events: tuple[TrackEvent, ...]  # oldest first
    delivered_at: datetime | None = None
    raw_status: str = ""  # the carrier's current status code/text as sent


class CarrierError(Exception):
    """Base of what an adapter raises; `message` is one sentence for the log and the poll report."""

    def __init__(self, carrier: str, message: str) -> None:
        super().__init__(f"{carrier}: {message}")
        self.carrier, self.message = carrier, message


class NotFound(CarrierError):
    """The carrier does not know this number (yet)."""


class BadCredentials(CarrierError):
    """401/403, or an OAuth token request refused."""


class RateLimited(CarrierError):
    """429 (or the carrier's own rate-limit code); `retry_at` is when asking again is allowed."""

    def __init__(self, carrier: str, message: str, retry_at: datetime | None) -> None:
        super().__init__(carrier, message)
        self.retry_at = retry_at


class QuotaExhausted(CarrierError):
    """The daily quota is used up (the carrier said so)."""


class Unavailable(CarrierError):
    """5xx, a timeout or a connection error: the carrier is down or slow."""


class Malformed(CarrierError):
    """The answer is not what the carrier's documentation says (bad JSON, missing fields, another number)."""


class CarrierAdapter(Protocol):
    name: str

    def track(self, numbers: Sequence[str]) -> list[TrackResult]:
        """Results for the numbers the carrier knows; raises NotFound only when it knows none of them."""
        ...

    def test_connection(self) -> str:
        """Sign in (or make the cheapest documented call); a sentence saying it worked, else a CarrierError."""
        ...


def session(pool: int = 8) -> requests.Session:
    """A keep-alive session; urllib3 retries connection failures with exponential backoff and jitter
    (never 429 or 5xx answers: those go back to the poller, which records them)."""
    s = EnvironmentOnceSession()  # the environment read once per host
    retry = Retry(total=2, connect=2, read=False, status=0, other=0, backoff_factor=0.2, backoff_jitter=0.2,
                  allowed_methods=None, raise_on_status=False, respect_retry_after_header=False)
    adapter = HTTPAdapter(max_retries=retry, pool_connections=pool, pool_maxsize=pool)
    s.mount("http://", adapter)
    s.mount("https://", adapter)
    s.headers["User-Agent"] = "desktop-oms"
    return s


def retry_after(value: str | None, now: datetime | None = None) -> datetime | None:
    """A Retry-After header (delay-seconds or an HTTP-date) as the time asking is allowed again."""
    if not value:
        return None
    now = now or datetime.now(UTC)
    text = value.strip()
    if text.isdigit():
        from datetime import timedelta

        return now + timedelta(seconds=int(text))
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def raise_for_http(carrier: str, response: requests.Response) -> None:
    """Map the HTTP status of a carrier's answer to the errors above (2xx passes)."""
    code = response.status_code
    if 200 <= code < 300:
        return
    if code == 429:
        raise RateLimited(carrier, "rate limited (429)", retry_after(response.headers.get("Retry-After")))
    if code in (401, 403):
        raise BadCredentials(carrier, f"credentials refused ({code})")
    if code == 404:
        raise NotFound(carrier, "not found (404)")
    if code >= 500:
        raise Unavailable(carrier, f"server error ({code})")
    raise Malformed(carrier, f"unexpected HTTP {code}")


def json_of(carrier: str, response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        raise Malformed(carrier, "the answer is not JSON") from None


def ordered_events(events: Iterable[TrackEvent]) -> tuple[TrackEvent, ...]:
    """Oldest first; an event repeated in one answer (same time, code and text) kept once."""
    unique: dict[tuple[datetime, str, str], TrackEvent] = {}
    for event in events:
        unique.setdefault((event.time, event.code, event.description), event)
    return tuple(sorted(unique.values(), key=lambda e: e.time))


def text(value: Any) -> str:
    """A JSON value as trimmed text; anything that is not a string is ""."""
    return value.strip() if isinstance(value, str) else ""


def plain_number(number: str) -> str:
    """A tracking number as compared: no spaces, upper case."""
    return "".join(number.split()).upper()


def seconds(value: Any) -> int | None:
    """An OAuth `expires_in`: a number, or digits in a string (as some carriers' schemas have it)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    return int(value) if isinstance(value, str) and value.strip().isdigit() else None


def failure(error: requests.RequestException) -> str:
    """Why a request got no answer: a timeout (also when urllib3 wraps it in a ConnectionError), or the
    connection's error."""
    reason = getattr(error.args[0], "reason", None) if error.args else None
    if isinstance(error, requests.Timeout) or isinstance(reason, urllib3.exceptions.TimeoutError):
        return "timed out"
    return f"no connection ({type(reason or error).__name__})"


def unmapped(carrier: str, code: str, text: str) -> TrackingStatus:
    """A status code the mapping does not know: kept as UNKNOWN with its raw code, and logged."""
    log.warning("%s: unmapped tracking status %r (%s)", carrier, code, text)
    return TrackingStatus.UNKNOWN
