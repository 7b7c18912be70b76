"""UPS Track API: an OAuth client-credentials token (cached), then one keep-alive GET per number.

Formats: UPS's OpenAPI files in github.com/UPS-API/api-documentation — `OAuthClientCredentials.yaml`
(`POST /security/v1/oauth/token`, HTTP Basic, form `grant_type=client_credentials`) and
`Tracking.yaml` (`GET /api/track/v1/details/{inquiryNumber}`, headers `transId`/`transactionSrc`,
`trackResponse.shipment[].package[].activity[]`, errors as `{"response": {"errors": [...]}}`).
"""

from __future__ import annotations

import threading
import time
import uuid
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

NAME = "ups"

#: `status.type` of an activity (Tracking.yaml: "The activity status type", example X) → ours. The
#: values are UPS's status types: M manifest (label created), MV manifest voided, P pickup, I in
#: transit, O out for delivery, D delivered, X exception, RS returned to shipper, DO/DD delivered to
#: the origin/destination freight station (freight only: not the consignee yet), W warehousing.
STATUS_TYPES: Mapping[str, TrackingStatus] = {
    "M": TrackingStatus.INFO_RECEIVED,
    "MV": TrackingStatus.CANCELLED,
    "P": TrackingStatus.PICKED_UP,
    "I": TrackingStatus.IN_TRANSIT,
    "O": TrackingStatus.OUT_FOR_DELIVERY,
    "D": TrackingStatus.DELIVERED,
    "X": TrackingStatus.ON_HOLD,
    "RS": TrackingStatus.RETURN_TO_SENDER,
    "DO": TrackingStatus.IN_TRANSIT,
    "DD": TrackingStatus.IN_TRANSIT,
    "W": TrackingStatus.ON_HOLD,
}

# An exception (X) is a customs hold, a failed attempt, a delay or a return; the text says which.
_FAILED = ("attempt", "not available", "unable to deliver", "could not be delivered", "refused", "incorrect address")
_DELAYED = ("delay", "rescheduled", "running late")
_RETURNED = ("return to sender", "returned to sender", "return to the sender", "returning", "returned to the shipper")
_ACCESS_POINT_READY = ("ready for pickup", "ready for customer pickup", "available for pickup", "awaiting customer pickup")

#: Error codes meaning "UPS does not know this number": 151018 "Invalid tracking number" (UPS's Track
#: API error list) and TW0001 "Tracking Information Not Found" (a warning in a 200 answer).
NOT_FOUND_CODES = frozenset({"151018", "TW0001"})

TRANSACTION_SOURCE = "desktop-oms"


class UpsAdapter:
    """UPS tracking; `config.client_id`/`client_secret` sign in, the token is reused until shortly
    before it expires (`clock` is injectable for tests), a 401 on a track call renews it once.
    `config.extra["merchant_id"]`, if set, is sent as the token request's `x-merchant-id`."""

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
        for number in dict.fromkeys(numbers):  # one inquiry number per GET
            try:
                results.append(self._track_one(number))
            except NotFound as missing:
                misses.append(missing.message)
        if misses and not results:
            raise NotFound(NAME, "; ".join(misses))
        return results

    def test_connection(self) -> str:
        minutes = self._sign_in() // 60
        return f"Signed in to UPS (the token is valid for {minutes} minutes)."

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
        headers = {"Accept": "application/json"}
        if merchant := self.config.extra.get("merchant_id"):
            headers["x-merchant-id"] = merchant
        response = self._send("POST", "/security/v1/oauth/token", data={"grant_type": "client_credentials"},
                              auth=(self.config.client_id, self.config.client_secret), headers=headers)
        if response.status_code in (400, 401, 403):
            raise BadCredentials(NAME, f"sign-in refused ({response.status_code}): {_errors(response) or 'no reason given'}")
        base.raise_for_http(NAME, response)
        body = base.json_of(NAME, response)
        token = body.get("access_token") if isinstance(body, Mapping) else None
        lifetime = _seconds(body.get("expires_in")) if isinstance(body, Mapping) else None
        if not isinstance(token, str) or not token or lifetime is None:
            raise Malformed(NAME, "the token answer has no access_token or expires_in")
        # Renew a minute early (a tenth of the lifetime for short-lived tokens), so no call goes out
        # with a token that expires on its way.
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

    def _details(self, number: str) -> requests.Response:
        response = self._get_details(number)
        if response.status_code == 401:  # the token was revoked or expired early: sign in again, once
            with self._lock:
                self._token = ""
            response = self._get_details(number)
        return response

    def _get_details(self, number: str) -> requests.Response:
        headers = {"Authorization": f"Bearer {self._bearer()}", "transId": uuid.uuid4().hex,
                   "transactionSrc": TRANSACTION_SOURCE, "Accept": "application/json"}
        return self._send("GET", f"/api/track/v1/details/{quote(number, safe='')}",
                          params={"locale": "en_US", "returnSignature": "false"}, headers=headers)

    def _track_one(self, number: str) -> TrackResult:
        response = self._details(number)
        if response.status_code in (400, 404) and NOT_FOUND_CODES & set(_error_codes(response)):
            raise NotFound(NAME, f"{number}: {_errors(response)}")
        base.raise_for_http(NAME, response)
        body = base.json_of(NAME, response)
        track = body.get("trackResponse") if isinstance(body, Mapping) else None
        shipments = track.get("shipment") if isinstance(track, Mapping) else None
        if not isinstance(shipments, list) or not all(isinstance(s, Mapping) for s in shipments):
            raise Malformed(NAME, "the answer has no trackResponse.shipment list")
        return _result(number, shipments)


# -- parsing (pure) ---------------------------------------------------------------------------------


def _result(number: str, shipments: list[Mapping[str, Any]]) -> TrackResult:
    wanted = _plain(number)
    package = None
    for shipment in shipments:
        packages = [p for p in shipment.get("package") or [] if isinstance(p, Mapping)]
        package = next((p for p in packages if _plain(_text(p.get("trackingNumber"))) == wanted), None)
        if package is None and _plain(_text(shipment.get("inquiryNumber"))) == wanted and packages:
            package = packages[0]  # a shipment-level inquiry number: its first package
        if package is not None:
            break
        if _plain(_text(shipment.get("inquiryNumber"))) == wanted:  # about our number, but no package:
            warnings = shipment.get("warnings") or []  # UPS says TW0001 "Tracking Information Not Found"
            said = [f"{_text(w.get('code'))} {_text(w.get('message'))}" for w in warnings if isinstance(w, Mapping)]
            raise NotFound(NAME, f"{number}: {'; '.join(said) or 'no package in the answer'}")
    if package is None:
        about = ", ".join(_text(s.get("inquiryNumber")) for s in shipments) or "nothing"
        raise Malformed(NAME, f"asked for {number}, the answer is about {about}")

    activities = package.get("activity") or []
    if not isinstance(activities, list) or not all(isinstance(a, Mapping) for a in activities):
        raise Malformed(NAME, "`activity` is not a list")
    # Tracking.yaml: "Activities are returned in chronological order, with the most recent activity
    # first" — reversed, so that same-time scans keep their order through the stable sort.
    events = _ordered(_event(a) for a in reversed(activities))
    current = package.get("currentStatus")
    raw_status = ""
    status = events[-1].status if events else TrackingStatus.PENDING
    if isinstance(current, Mapping):
        raw_status = f"{_text(current.get('code')) or _text(current.get('statusCode'))}: {_text(current.get('description'))}"
        if _text(current.get("type")):  # not always sent; without it the newest activity decides
            status = _status(current)
    delivered = [e.time for e in events if e.status is TrackingStatus.DELIVERED]
    delivered_at = delivered[-1] if status is TrackingStatus.DELIVERED and delivered else None
    return TrackResult(number, status, events, delivered_at, raw_status)


def _event(raw: Mapping[str, Any]) -> TrackEvent:
    state = raw.get("status")
    if not isinstance(state, Mapping):
        raise Malformed(NAME, "an activity has no status")
    kind = _text(state.get("type"))
    scan = _text(state.get("code")) or _text(state.get("statusCode"))
    # An activity has a type (the class mapped above) and a code (the scan, e.g. MP, IT, SR): the
    # event's code keeps both, as "type/code".
    code = f"{kind}/{scan}" if scan else kind
    return TrackEvent(_activity_time(raw), _status(state), code, _text(state.get("description")),
                      _location(raw.get("location")), raw)


def _status(state: Mapping[str, Any]) -> TrackingStatus:
    kind, text = _text(state.get("type")), _text(state.get("description"))
    mapped = STATUS_TYPES.get(kind)
    if mapped is None:
        return base.unmapped(NAME, kind, text)
    words = text.lower()
    if "access point" in words and any(p in words for p in _ACCESS_POINT_READY):
        return TrackingStatus.READY_FOR_PICKUP
    if mapped is TrackingStatus.IN_TRANSIT and "out for delivery" in words:
        return TrackingStatus.OUT_FOR_DELIVERY
    if mapped is TrackingStatus.ON_HOLD and kind == "X":
        if any(p in words for p in _RETURNED):
            return TrackingStatus.RETURN_TO_SENDER
        if any(p in words for p in _FAILED):
            return TrackingStatus.DELIVERY_FAILED
        if any(p in words for p in _DELAYED):
            return TrackingStatus.DELIVERY_DELAYED
    return mapped


def _activity_time(raw: Mapping[str, Any]) -> datetime:
    """`date` YYYYMMDD and `time` HHMMSS are local to the scan; `gmtOffset` ("-05:00") says how local.
    Without the offset, `gmtDate`/`gmtTime` (GMT) are used; with neither, the local time is taken as
    UTC (Tracking.yaml does not say which zone `date`/`time` are in). `gmtTime` comes as "74700" in
    the OpenAPI example and as "13:15:59" in real answers: both are read."""
    date, clock, offset = _text(raw.get("date")), _text(raw.get("time")), _text(raw.get("gmtOffset"))
    if date and offset:
        return _stamp(date, clock).replace(tzinfo=_zone(offset))
    gmt_date = _text(raw.get("gmtDate"))
    if gmt_date:
        return _stamp(gmt_date, _text(raw.get("gmtTime"))).replace(tzinfo=UTC)
    if date:
        return _stamp(date, clock).replace(tzinfo=UTC)
    raise Malformed(NAME, "an activity has no date")


def _stamp(date: str, clock: str) -> datetime:
    try:
        return datetime.strptime(date + clock.replace(":", "").zfill(6), "%Y%m%d%H%M%S")
    except ValueError:
        raise Malformed(NAME, f"unreadable date/time {date!r} {clock!r}") from None


def _zone(offset: str) -> timezone:
    sign, digits = offset[:1], offset[1:].replace(":", "")
    if sign not in "+-" or len(digits) != 4 or not digits.isdigit():
        raise Malformed(NAME, f"unreadable gmtOffset {offset!r}")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(-delta if sign == "-" else delta)


def _location(place: Any) -> str:
    address = place.get("address") if isinstance(place, Mapping) else None
    if not isinstance(address, Mapping):
        return ""
    parts = (address.get("city"), address.get("stateProvince"), address.get("countryCode") or address.get("country"))
    return ", ".join(_text(p) for p in parts if _text(p))


def _error_codes(response: requests.Response) -> list[str]:
    return [code for code, _ in _error_list(response)]


def _errors(response: requests.Response) -> str:
    return "; ".join(f"{code} {message}".strip() for code, message in _error_list(response))


def _error_list(response: requests.Response) -> list[tuple[str, str]]:
    """`{"response": {"errors": [{"code", "message"}]}}`, as UPS sends its errors."""
    try:
        body = response.json()
    except ValueError:
        return []
    inner = body.get("response") if isinstance(body, Mapping) else None
    errors = inner.get("errors") if isinstance(inner, Mapping) else None
    if not isinstance(errors, list):
        return []
    return [(_text(e.get("code")), _text(e.get("message"))) for e in errors if isinstance(e, Mapping)]

