"""USPS Tracking v3 (the USPS APIs platform): an OAuth token (cached), then one keep-alive GET per number.

Formats: github.com/USPS/api-examples README — "OAuth Token" (`POST /oauth2/v3/token`, JSON
client_id, client_secret, grant_type=client_credentials; `expires_in` as a string) and "Tracking -
Single Request - Detail (V3)" (`GET /tracking/v3/tracking/{trackingNumber}?expand=DETAIL`, answer
with `trackingNumber`, `statusCategory`, `status`, `trackingEvents[]`); event codes from USPS's
event-code table (Customer Daily Extract / "USPS event codes") as far as it is published.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote

import requests

from desktop_oms.carriers import base
from desktop_oms.carriers.base import (
    BadCredentials,
    CarrierConfig,
    Malformed,
    NotFound,
    TrackEvent,
    TrackResult,
    Unavailable,
)
from desktop_oms.carriers.base import failure as _failure
from desktop_oms.carriers.base import ordered_events as _ordered
from desktop_oms.carriers.base import plain_number as _plain
from desktop_oms.carriers.base import seconds as _seconds
from desktop_oms.carriers.base import text as _text
from desktop_oms.domain.tracking import TrackingStatus

NAME = "usps"

_S = TrackingStatus
#: `statusCategory` (USPS.com's "status category" of the newest event) → ours, lower case. "Alert"
#: covers returns, refusals, bad addresses and delays: the newest event's code says which, and
#: without one it is a failed delivery.
CATEGORIES: Mapping[str, TrackingStatus] = {
    "pre-shipment": _S.INFO_RECEIVED,
    "accepted": _S.PICKED_UP,
    "in transit": _S.IN_TRANSIT,
    "in-transit": _S.IN_TRANSIT,
    "out for delivery": _S.OUT_FOR_DELIVERY,
    "available for pickup": _S.READY_FOR_PICKUP,
    "delivered": _S.DELIVERED,
    "delivery attempt": _S.DELIVERY_FAILED,
    "delivery attempt: action needed": _S.DELIVERY_FAILED,
    "alert": _S.DELIVERY_FAILED,
}
_PROBLEMS = frozenset({_S.DELIVERY_FAILED, _S.DELIVERY_DELAYED, _S.ON_HOLD, _S.RETURN_TO_SENDER})

#: `eventCode` → ours: the codes in USPS's published examples and its event-code table. USPS has many
#: more (most of them scans inside its network); one not listed comes back as UNKNOWN and is logged.
EVENT_CODES: Mapping[str, TrackingStatus] = {
    "GX": _S.INFO_RECEIVED,  # Shipping Label Created, USPS Awaiting Item
    "MA": _S.INFO_RECEIVED,  # Pre-Shipment Info Sent to USPS, USPS Awaiting Item
    "80": _S.PICKED_UP,  # Picked Up by Shipping Partner, USPS Awaiting Item
    "81": _S.IN_TRANSIT,  # Arrived Shipping Partner Facility, USPS Awaiting Item
    "82": _S.IN_TRANSIT,  # Departed Shipping Partner Facility, USPS Awaiting Item
    "03": _S.PICKED_UP,  # USPS in possession of item (Accept or Pickup)
    "SF": _S.IN_TRANSIT,  # Departed Post Office
    "10": _S.IN_TRANSIT,  # Arrived at USPS Regional Origin Facility (Processed)
    "A1": _S.IN_TRANSIT,  # Arrived at USPS Regional Facility
    "T1": _S.IN_TRANSIT,  # Departed USPS Regional Facility
    "TL": _S.IN_TRANSIT,  # In Transit to Next Facility
    "06": _S.IN_TRANSIT,  # Forwarded
    "07": _S.IN_TRANSIT,  # Arrived at Post Office (Arrival at Unit)
    "OF": _S.OUT_FOR_DELIVERY,  # Out for Delivery
    "16": _S.READY_FOR_PICKUP,  # Available for Pickup
    "01": _S.DELIVERED,  # Delivered
    "17": _S.DELIVERED,  # Picked Up by Agent
    "43": _S.DELIVERED,  # Picked Up (at the Post Office)
    "02": _S.DELIVERY_FAILED,  # Notice Left
    "04": _S.DELIVERY_FAILED,  # Refused
    "05": _S.DELIVERY_FAILED,  # Undeliverable as Addressed
    "21": _S.DELIVERY_FAILED,  # No Such Number
    "22": _S.DELIVERY_FAILED,  # Insufficient Address
    "23": _S.DELIVERY_FAILED,  # Moved, Left No Address
    "24": _S.DELIVERY_FAILED,  # Forward Expired
    "25": _S.DELIVERY_FAILED,  # Addressee Unknown
    "26": _S.DELIVERY_FAILED,  # Vacant
    "27": _S.DELIVERY_FAILED,  # Unclaimed
    "28": _S.DELIVERY_FAILED,  # Deceased
    "53": _S.DELIVERY_FAILED,  # Notice Left (Receptacle Blocked)
    "54": _S.DELIVERY_FAILED,  # Notice Left (Receptacle Full/Item Oversized)
    "55": _S.DELIVERY_FAILED,  # Notice Left (No Secure Location Available)
    "56": _S.DELIVERY_FAILED,  # Notice Left (No Authorized Recipient Available)
    "09": _S.RETURN_TO_SENDER,  # Return to Sender
    "29": _S.RETURN_TO_SENDER,  # Return to Sender (not picked up)
}


class UspsAdapter:
    """USPS tracking; `config.client_id`/`client_secret` are the app's consumer key and secret. The
    token is reused until shortly before it expires (`clock` is injectable for tests), and a 401 on a
    track call renews it once."""

    def __init__(self, config: CarrierConfig, session: requests.Session | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.name = NAME
        self.config = config
        self._session = session or base.session()
        self._root = config.base_url.rstrip("/")
        self._clock = clock
        self._lock = threading.Lock()
        self._token = ""
        self._token_until = 0.0

    def track(self, numbers: Sequence[str]) -> list[TrackResult]:
        results: list[TrackResult] = []
        misses: list[str] = []
        for number in dict.fromkeys(numbers):  # one number per GET
            try:
                results.append(self._track_one(number))
            except NotFound as missing:
                misses.append(missing.message)
        if misses and not results:
            raise NotFound(NAME, "; ".join(misses))
        return results

    def test_connection(self) -> str:
        minutes = self._sign_in() // 60
        return f"Signed in to USPS (the token is valid for {minutes} minutes)."

    # -- OAuth --------------------------------------------------------------------------------------

    def _bearer(self) -> str:
        with self._lock:
            if not self._token or self._clock() >= self._token_until:
                self._sign_in_locked()
            return self._token

    def _sign_in(self) -> int:
        with self._lock:
            return self._sign_in_locked()

    def _sign_in_locked(self) -> int:
        body = {"client_id": self.config.client_id, "client_secret": self.config.client_secret,
                "grant_type": "client_credentials"}
        response = self._send("POST", "/oauth2/v3/token", json=body, headers={"Accept": "application/json"})
        if response.status_code in (400, 401, 403):
            raise BadCredentials(NAME, f"sign-in refused ({response.status_code}): {_error(response) or 'no reason given'}")
        base.raise_for_http(NAME, response)
        answer = base.json_of(NAME, response)
        token = answer.get("access_token") if isinstance(answer, Mapping) else None
        lifetime = _seconds(answer.get("expires_in")) if isinstance(answer, Mapping) else None
        if not isinstance(token, str) or not token or lifetime is None:
            raise Malformed(NAME, "the token answer has no access_token or expires_in")
        # Renew a minute early (a tenth of the lifetime for short-lived tokens).
        self._token, self._token_until = token, self._clock() + lifetime - min(60.0, lifetime / 10)
        return lifetime

    # -- HTTP ---------------------------------------------------------------------------------------

    def _send(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            return self._session.request(method, self._root + path, timeout=self.config.timeout, **kwargs)
        except (requests.Timeout, requests.ConnectionError) as error:
            raise Unavailable(NAME, _failure(error)) from None
        except requests.RequestException as error:
            raise Unavailable(NAME, f"request failed ({type(error).__name__})") from None

    def _get_tracking(self, number: str) -> requests.Response:
        headers = {"Authorization": f"Bearer {self._bearer()}", "Accept": "application/json"}
        return self._send("GET", f"/tracking/v3/tracking/{quote(number, safe='')}",
                          params={"expand": "DETAIL"}, headers=headers)

    def _track_one(self, number: str) -> TrackResult:
        response = self._get_tracking(number)
        if response.status_code == 401:  # the token was revoked or expired early: sign in again, once
            with self._lock:
                self._token = ""
            response = self._get_tracking(number)
        if response.status_code == 404:
            raise NotFound(NAME, f"{number}: {_error(response) or 'not found (404)'}")
        base.raise_for_http(NAME, response)
        body = base.json_of(NAME, response)
        if not isinstance(body, Mapping):
            raise Malformed(NAME, "the answer is not a JSON object")
        if isinstance(body.get("error"), Mapping):  # USPS's error shape inside a 2xx: not documented
            raise Malformed(NAME, f"an error in a {response.status_code} answer: {_error(response)}")
        return _result(number, body)


# -- parsing (pure) ---------------------------------------------------------------------------------


def _result(number: str, body: Mapping[str, Any]) -> TrackResult:
    said = _text(body.get("trackingNumber"))
    if not said:
        raise Malformed(NAME, "the answer has no trackingNumber")
    if _plain(said) != _plain(number):
        raise Malformed(NAME, f"asked for {number}, the answer is about {said}")
    raw_events = body.get("trackingEvents") or []
    if isinstance(raw_events, Mapping):  # the README's own example sends one event as an object
        raw_events = [raw_events]
    if not isinstance(raw_events, list) or not all(isinstance(e, Mapping) for e in raw_events):
        raise Malformed(NAME, "`trackingEvents` is not a list")
    # USPS lists events newest first (its examples): reversed before the stable sort.
    events = _ordered(_event(e) for e in reversed(raw_events))
    category, text = _text(body.get("statusCategory")), _text(body.get("status"))
    if category:
        status = CATEGORIES.get(category.lower()) or base.unmapped(NAME, category, text)
        if category.lower() == "alert" and events and events[-1].status in _PROBLEMS:
            status = events[-1].status
    else:
        status = events[-1].status if events else TrackingStatus.PENDING
    delivered = [e.time for e in events if e.status is TrackingStatus.DELIVERED]
    delivered_at = delivered[-1] if status is TrackingStatus.DELIVERED and delivered else None
    return TrackResult(number, status, events, delivered_at, f"{category}: {text}" if category else text)


def _event(raw: Mapping[str, Any]) -> TrackEvent:
    code, text = _text(raw.get("eventCode")), _text(raw.get("eventType"))
    status = EVENT_CODES.get(code) or base.unmapped(NAME, code, text)
    parts = (raw.get("eventCity"), raw.get("eventState"), raw.get("eventCountry"))
    return TrackEvent(_event_time(raw), status, code, text, ", ".join(_text(p) for p in parts if _text(p)), raw)


def _event_time(raw: Mapping[str, Any]) -> datetime:
    """`GMTTimestamp` ("...Z") is the exact instant, `GMTOffset` ("-05:00") the scan's offset, and
    `eventTimestamp` the local wall time without an offset. The instant is shown at the scan's
    offset; with only the local time and the offset, those two; with neither offset nor GMT time,
    `eventTimestamp` is read as it comes (the README example carries "Z") and otherwise as UTC."""
    gmt, offset, local = _text(raw.get("GMTTimestamp")), _text(raw.get("GMTOffset")), _text(raw.get("eventTimestamp"))
    zone = _zone(offset) if offset else None
    if gmt:
        instant = _iso(gmt)
        return instant.astimezone(zone) if zone else instant
    if local:
        when = _iso(local)
        if when.tzinfo is None:
            when = when.replace(tzinfo=zone or UTC)
        return when
    raise Malformed(NAME, "an event has no eventTimestamp")


def _iso(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise Malformed(NAME, f"unreadable timestamp {text!r}") from None
    return when


def _zone(offset: str) -> timezone:
    sign, digits = offset[:1], offset[1:].replace(":", "")
    if sign not in "+-" or len(digits) != 4 or not digits.isdigit():
        raise Malformed(NAME, f"unreadable GMTOffset {offset!r}")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(-delta if sign == "-" else delta)


def _error(response: requests.Response) -> str:
    """USPS's `{"error": {"code", "message"}}`, or OAuth's `{"error": "...", "error_description"}`."""
    try:
        body = response.json()
    except ValueError:
        return ""
    if not isinstance(body, Mapping):
        return ""
    error = body.get("error")
    if isinstance(error, Mapping):
        return f"{_text(error.get('code'))} {_text(error.get('message'))}".strip()
    return f"{_text(error)} {_text(body.get('error_description'))}".strip()

