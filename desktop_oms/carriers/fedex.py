"""FedEx Track API: an OAuth token (cached), then `POST /track/v1/trackingnumbers` with up to 30 numbers.

Formats: FedEx Developer Portal — "API Authorization" (`POST /oauth/token`, form grant_type,
client_id, client_secret), "Track API" (`includeDetailedScans`, `trackingInfo[].trackingNumberInfo`,
answer `output.completeTrackResults[].trackResults[]` with `latestStatusDetail`, `scanEvents[]` and a
per-number `error`), and the "Tracking Status Codes" table of the FedEx API Reference Guide.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

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

NAME = "fedex"
log = logging.getLogger(__name__)

#: "Up to 30 tracking numbers" per request (Track API, Track by Tracking Number).
BATCH = 30

_S = TrackingStatus
#: A scan's `eventType` and `latestStatusDetail.code` → ours, from FedEx's Tracking Status Codes table
#: (and its webhook event list: AE/AO arriving early/on time, DO dropped off, IP in FedEx possession).
#: Codes the table lists but that say nothing about the parcel's progress (CDO requests RR/RM/RC,
#: return-label links RP/LP/RG/RD, "vehicle furnished but not used" DR) are left out on purpose:
#: they come back as UNKNOWN and are logged.
EVENT_TYPES: Mapping[str, TrackingStatus] = {
    "OC": _S.INFO_RECEIVED,  # order created / shipment information sent to FedEx
    "EP": _S.INFO_RECEIVED,  # enroute to pickup
    "AP": _S.INFO_RECEIVED,  # at pickup
    "DS": _S.INFO_RECEIVED,  # vehicle dispatched (for the pickup)
    "PU": _S.PICKED_UP,
    "PX": _S.PICKED_UP,  # picked up (see details)
    "DO": _S.PICKED_UP,  # dropped off
    "IP": _S.PICKED_UP,  # in FedEx possession
    **dict.fromkeys(
        ("AA", "AC", "AE", "AF", "AO", "AR", "AX", "CC", "CH", "CP", "DP", "EA", "EO", "FD", "IT", "IX", "LO",
         "OF", "OW", "OX", "PF", "PL", "PM", "SF", "SP", "TR"),
        _S.IN_TRANSIT),
    "OD": _S.OUT_FOR_DELIVERY,
    "ED": _S.OUT_FOR_DELIVERY,  # enroute to delivery
    "AD": _S.OUT_FOR_DELIVERY,  # at delivery
    "HP": _S.READY_FOR_PICKUP,  # ready for recipient pickup
    "DL": _S.DELIVERED,
    "DE": _S.DELIVERY_FAILED,  # delivery exception
    "DD": _S.DELIVERY_DELAYED,
    "DY": _S.DELIVERY_DELAYED,
    "CD": _S.DELIVERY_DELAYED,  # clearance delay
    "PD": _S.DELIVERY_DELAYED,  # pickup delay
    "SE": _S.ON_HOLD,  # shipment exception
    "HL": _S.ON_HOLD,  # hold at location
    "RS": _S.RETURN_TO_SENDER,
    "CA": _S.CANCELLED,
}
#: `derivedStatusCode`/`derivedCode`, FedEx's own coarse status, used when a code is not in the table
#: above; "IN" (initiated, "Label created") exists only there.
DERIVED: Mapping[str, TrackingStatus] = {**EVENT_TYPES, "IN": _S.INFO_RECEIVED}

_OFFSET_WITH_SPACE = re.compile(r"\s+([+-]\d{2}:?\d{2})$")


class FedexAdapter:
    """FedEx tracking; `config.client_id`/`client_secret` are the project's API key and secret key.
    The token is reused until shortly before it expires (`clock` is injectable for tests), and a 401
    on a track call renews it once."""

    #: Numbers per request, as the carrier documents it (the poller batches by this).
    max_batch = 30

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
        asked = list(dict.fromkeys(numbers))
        results: list[TrackResult] = []
        for start in range(0, len(asked), BATCH):
            try:
                results += self._track_batch(asked[start:start + BATCH])
            except NotFound:  # FedEx answered the whole batch with a "not found" error
                continue
        if asked and not results:
            raise NotFound(NAME, f"no shipment found for {', '.join(asked)}")
        return results

    def test_connection(self) -> str:
        minutes = self._sign_in() // 60
        return f"Signed in to FedEx (the token is valid for {minutes} minutes)."

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
        form = {"grant_type": "client_credentials", "client_id": self.config.client_id,
                "client_secret": self.config.client_secret}
        response = self._send("POST", "/oauth/token", data=form, headers={"Accept": "application/json"})
        if response.status_code in (400, 401, 403):
            raise BadCredentials(NAME, f"sign-in refused ({response.status_code}): {_errors(response) or 'no reason given'}")
        base.raise_for_http(NAME, response)
        body = base.json_of(NAME, response)
        token = body.get("access_token") if isinstance(body, Mapping) else None
        lifetime = _seconds(body.get("expires_in")) if isinstance(body, Mapping) else None
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

    def _post_numbers(self, numbers: list[str]) -> requests.Response:
        body = {"includeDetailedScans": True,
                "trackingInfo": [{"trackingNumberInfo": {"trackingNumber": n}} for n in numbers]}
        headers = {"Authorization": f"Bearer {self._bearer()}", "Accept": "application/json", "X-locale": "en_US"}
        return self._send("POST", "/track/v1/trackingnumbers", json=body, headers=headers)

    def _track_batch(self, numbers: list[str]) -> list[TrackResult]:
        response = self._post_numbers(numbers)
        if response.status_code == 401:  # the token was revoked or expired early: sign in again, once
            with self._lock:
                self._token = ""
            response = self._post_numbers(numbers)
        if response.status_code in (400, 404) and any(c.endswith("NOTFOUND") for c in _error_codes(response)):
            raise NotFound(NAME, _errors(response))
        base.raise_for_http(NAME, response)
        body = base.json_of(NAME, response)
        output = body.get("output") if isinstance(body, Mapping) else None
        complete = output.get("completeTrackResults") if isinstance(output, Mapping) else None
        if not isinstance(complete, list) or not all(isinstance(c, Mapping) for c in complete):
            raise Malformed(NAME, "the answer has no output.completeTrackResults list")
        return _results(numbers, complete)


# -- parsing (pure) ---------------------------------------------------------------------------------


def _results(numbers: list[str], complete: list[Mapping[str, Any]]) -> list[TrackResult]:
    asked = {_plain(n): n for n in numbers}
    best: dict[str, tuple[TrackResult, datetime]] = {}
    for entry in complete:
        track_results = entry.get("trackResults")
        if not isinstance(track_results, list) or not all(isinstance(t, Mapping) for t in track_results):
            raise Malformed(NAME, "`trackResults` is not a list")
        for found in track_results:
            info = found.get("trackingNumberInfo")
            said = _text(info.get("trackingNumber")) if isinstance(info, Mapping) else ""
            said = said or _text(entry.get("trackingNumber"))
            number = asked.get(_plain(said))
            if number is None:
                raise Malformed(NAME, f"asked for {', '.join(numbers)}, the answer is about {said or 'an unnamed number'}")
            error = found.get("error")
            if isinstance(error, Mapping) and _text(error.get("code")):
                # TRACKING.TRACKINGNUMBER.NOTFOUND (or another per-number error): not in the results
                log.info("%s: %s %s %s", NAME, number, _text(error.get("code")), _text(error.get("message")))
                continue
            result = _result(number, found)
            latest = result.events[-1].time if result.events else datetime.min.replace(tzinfo=UTC)
            # A number FedEx has used for more than one shipment comes back with several track
            # results; which one is current is not documented: we keep the one scanned last.
            if number not in best or latest > best[number][1]:
                best[number] = (result, latest)
    return [best[n][0] for n in numbers if n in best]


def _result(number: str, found: Mapping[str, Any]) -> TrackResult:
    scans = found.get("scanEvents") or []
    if not isinstance(scans, list) or not all(isinstance(s, Mapping) for s in scans):
        raise Malformed(NAME, "`scanEvents` is not a list")
    # FedEx lists scans newest first (its samples; not documented): reversed before the stable sort.
    events = _ordered(_event(s) for s in reversed(scans))
    latest = found.get("latestStatusDetail")
    status = events[-1].status if events else TrackingStatus.PENDING
    raw_status = ""
    if isinstance(latest, Mapping) and (_text(latest.get("code")) or _text(latest.get("derivedCode"))):
        code, derived = _text(latest.get("code")), _text(latest.get("derivedCode"))
        text = _text(latest.get("description")) or _text(latest.get("statusByLocale"))
        status = _status(code, derived, text)
        raw_status = f"{code or derived}: {text}"
    delivered = [e.time for e in events if e.status is TrackingStatus.DELIVERED]
    delivered_at = delivered[-1] if status is TrackingStatus.DELIVERED and delivered else None
    return TrackResult(number, status, events, delivered_at, raw_status)


def _event(raw: Mapping[str, Any]) -> TrackEvent:
    stamp = raw.get("date")
    if not isinstance(stamp, str) or not stamp:
        raise Malformed(NAME, "a scan event has no date")
    code, text = _text(raw.get("eventType")), _text(raw.get("eventDescription"))
    status = _status(code, _text(raw.get("derivedStatusCode")), text)
    return TrackEvent(_time(stamp), status, code, text, _location(raw.get("scanLocation")), raw)


def _status(code: str, derived: str, text: str) -> TrackingStatus:
    mapped = EVENT_TYPES.get(code) or DERIVED.get(derived)
    return mapped if mapped is not None else base.unmapped(NAME, code or derived, text)


def _time(text: str) -> datetime:
    """ISO 8601 with the scan's offset ("2024-04-26T09:26:00-07:00"); FedEx's own sample also writes
    "2024-08-12T15:18:10 -0500", which is read too. Without an offset the time is taken as UTC."""
    try:
        when = datetime.fromisoformat(_OFFSET_WITH_SPACE.sub(r"\1", text.strip()))
    except ValueError:
        raise Malformed(NAME, f"unreadable date {text!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _location(place: Any) -> str:
    if not isinstance(place, Mapping):
        return ""
    parts = (place.get("city"), place.get("stateOrProvinceCode"), place.get("countryCode"))
    return ", ".join(_text(p) for p in parts if _text(p))


def _error_codes(response: requests.Response) -> list[str]:
    return [code for code, _ in _error_list(response)]


def _errors(response: requests.Response) -> str:
    return "; ".join(f"{code} {message}".strip() for code, message in _error_list(response))


def _error_list(response: requests.Response) -> list[tuple[str, str]]:
    """`{"transactionId": ..., "errors": [{"code", "message"}]}`, as FedEx sends its errors."""
    try:
        body = response.json()
    except ValueError:
        return []
    errors = body.get("errors") if isinstance(body, Mapping) else None
    if not isinstance(errors, list):
        return []
    return [(_text(e.get("code")), _text(e.get("message"))) for e in errors if isinstance(e, Mapping)]

