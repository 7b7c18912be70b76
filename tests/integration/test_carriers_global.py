"""DHL, UPS, FedEx and USPS adapters against a local server speaking each carrier's published format."""

from __future__ import annotations

import copy
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from desktop_oms.carriers.base import (
    BadCredentials,
    CarrierConfig,
    Malformed,
    NotFound,
    RateLimited,
    TrackResult,
    Unavailable,
)
from desktop_oms.carriers.dhl import DhlAdapter
from desktop_oms.carriers.fedex import FedexAdapter
from desktop_oms.carriers.ups import UpsAdapter
from desktop_oms.carriers.usps import UspsAdapter
from desktop_oms.domain.tracking import TrackingStatus as S

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "carriers"
READ_TIMEOUT = 0.3


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def zone(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.fixture(scope="module")
def local_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)  # a slow answer holds no other test
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def httpserver(local_server: HTTPServer) -> Iterator[HTTPServer]:
    """pytest-httpserver's server, on 127.0.0.1, emptied after each test."""
    local_server.clear()
    yield local_server
    local_server.clear()


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass(frozen=True)
class Carrier:
    name: str
    make: Callable[..., Any]
    method: str
    path: Callable[[str], str]
    number: str
    answer: str
    events: Callable[[Any], list[Any]]  # where the answer keeps its events
    token: tuple[str, str] | None = None  # OAuth path and fixture

    def config(self, server: HTTPServer, **changes: Any) -> CarrierConfig:
        values: dict[str, Any] = {"name": self.name, "base_url": server.url_for("/").rstrip("/"), "api_key": "dhl-key",
                                  "client_id": "client-id", "client_secret": "client-secret",
                                  "timeout": (2.0, READ_TIMEOUT)}
        values.update(changes)
        return CarrierConfig(**values)

    def adapter(self, server: HTTPServer, clock: Clock | None = None, **changes: Any) -> Any:
        if self.token is None:
            return self.make(self.config(server, **changes))
        return self.make(self.config(server, **changes), clock=clock or Clock())

    def serve_token(self, server: HTTPServer) -> None:
        if self.token is not None:
            server.expect_request(self.token[0], method="POST").respond_with_json(fixture(self.token[1]))

    def expect_track(self, server: HTTPServer, number: str | None = None) -> Any:
        return server.expect_request(self.path(number or self.number), method=self.method)

    def hits(self, server: HTTPServer, path: str) -> int:
        return sum(1 for request, _ in server.log if request.path == path)


DHL = Carrier("dhl", DhlAdapter, "GET", lambda n: "/track/shipments", "00340434161094015902", "dhl_delivered.json",
              lambda body: body["shipments"][0]["events"])
UPS = Carrier("ups", UpsAdapter, "GET", lambda n: f"/api/track/v1/details/{n}", "1Z5338FF0107231059",
              "ups_delivered.json", lambda body: body["trackResponse"]["shipment"][0]["package"][0]["activity"],
              ("/security/v1/oauth/token", "ups_token.json"))
FEDEX = Carrier("fedex", FedexAdapter, "POST", lambda n: "/track/v1/trackingnumbers", "794843185271",
                "fedex_delivered.json",
                lambda body: body["output"]["completeTrackResults"][0]["trackResults"][0]["scanEvents"],
                ("/oauth/token", "fedex_token.json"))
USPS = Carrier("usps", UspsAdapter, "GET", lambda n: f"/tracking/v3/tracking/{n}", "9400109104250532908587",
               "usps_delivered.json", lambda body: body["trackingEvents"], ("/oauth2/v3/token", "usps_token.json"))
ALL = [pytest.param(c, id=c.name) for c in (DHL, UPS, FEDEX, USPS)]
OAUTH = [pytest.param(c, id=c.name) for c in (UPS, FEDEX, USPS)]


def statuses(result: TrackResult) -> list[S]:
    return [event.status for event in result.events]


# -- DHL ----------------------------------------------------------------------------------------------


def test_dhl_maps_a_delivered_parcel_with_its_events_oldest_first(httpserver: HTTPServer) -> None:
    DHL.expect_track(httpserver).respond_with_json(fixture("dhl_delivered.json"))

    [result] = DHL.adapter(httpserver).track([DHL.number])

    assert result.tracking_no == DHL.number
    assert result.status is S.DELIVERED
    assert result.raw_status == "delivered: DELIVERED"
    assert statuses(result) == [S.INFO_RECEIVED, S.IN_TRANSIT, S.IN_TRANSIT, S.OUT_FOR_DELIVERY, S.DELIVERED]
    delivered = result.events[-1]
    assert (delivered.code, delivered.description, delivered.location) == ("delivered", "DELIVERED", "Köln, DE")
    assert delivered.time == datetime(2024, 3, 7, 11, 42, tzinfo=zone(1))
    assert delivered.time.utcoffset() == timedelta(hours=1)
    assert delivered.raw == fixture("dhl_delivered.json")["shipments"][0]["events"][0]
    assert result.delivered_at == delivered.time
    assert result.events[0].location == ""  # the electronic announcement has no place
    request, _ = httpserver.log[0]
    assert request.headers["DHL-API-Key"] == "dhl-key"
    assert request.args["trackingNumber"] == DHL.number


def test_dhl_times_without_an_offset_are_taken_as_utc_and_its_unknown_code_stays_unknown(
        httpserver: HTTPServer) -> None:
    number = "GM2951173225174494"
    DHL.expect_track(httpserver).respond_with_json(fixture("dhl_transit_naive_times.json"))

    [result] = DHL.adapter(httpserver).track([number])

    assert result.status is S.IN_TRANSIT
    assert statuses(result) == [S.UNKNOWN, S.INFO_RECEIVED, S.IN_TRANSIT]
    assert [e.code for e in result.events] == ["unknown", "pre-transit", "transit"]
    assert result.events[-1].time == datetime(2024, 5, 2, 19, 25, 28, tzinfo=UTC)
    assert result.events[-1].location == "Hebron, KY, US"


def test_dhl_answers_for_a_piece_id_or_reference_of_the_shipment_are_accepted(httpserver: HTTPServer) -> None:
    DHL.expect_track(httpserver).respond_with_json(fixture("dhl_delivered.json"))

    [result] = DHL.adapter(httpserver).track(["JJD000390007882614337"])

    assert result.tracking_no == "JJD000390007882614337"
    assert result.status is S.DELIVERED


def test_dhl_answer_about_another_number_is_malformed(httpserver: HTTPServer) -> None:
    DHL.expect_track(httpserver).respond_with_json(fixture("dhl_other_number.json"))

    with pytest.raises(Malformed, match="1098765432"):
        DHL.adapter(httpserver).track(["00123456789101111111"])


def test_dhl_not_found_is_a_404_problem(httpserver: HTTPServer) -> None:
    DHL.expect_track(httpserver).respond_with_json(fixture("dhl_not_found.json"), status=404,
                                                   content_type="application/problem+json")

    with pytest.raises(NotFound, match="No shipment with given tracking number found"):
        DHL.adapter(httpserver).track(["00340434161094099999"])


def test_dhl_returns_the_numbers_it_knows_and_skips_the_unknown_one(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/track/shipments", query_string={"trackingNumber": DHL.number}).respond_with_json(
        fixture("dhl_delivered.json"))
    httpserver.expect_request("/track/shipments", query_string={"trackingNumber": "00340434161094099999"}) \
        .respond_with_json(fixture("dhl_not_found.json"), status=404)

    results = DHL.adapter(httpserver).track([DHL.number, "00340434161094099999"])

    assert [r.tracking_no for r in results] == [DHL.number]


def test_dhl_text_refines_transit_and_failure_and_an_unknown_code_is_logged(
        httpserver: HTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    body = fixture("dhl_delivered.json")
    events = body["shipments"][0]["events"]
    events[0].update(statusCode="failure", status="The shipment is being returned to sender")
    events[2].update(statusCode="transit", status="READY_FOR_PICKUP", description="Ready for pick-up at the Packstation")
    events[3].update(statusCode="in-customs", status="Customs clearance")
    body["shipments"][0]["status"] = events[0]
    DHL.expect_track(httpserver).respond_with_json(body)

    with caplog.at_level(logging.WARNING, logger="desktop_oms.carriers.base"):
        [result] = DHL.adapter(httpserver).track([DHL.number])

    assert statuses(result) == [S.INFO_RECEIVED, S.UNKNOWN, S.READY_FOR_PICKUP, S.OUT_FOR_DELIVERY, S.RETURN_TO_SENDER]
    assert result.status is S.RETURN_TO_SENDER
    assert result.events[1].code == "in-customs"
    assert "unmapped tracking status 'in-customs'" in caplog.text


def test_dhl_base_url_may_carry_a_path_for_sandboxes_and_the_simulator(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/sim/dhl/track/shipments").respond_with_json(fixture("dhl_delivered.json"))
    adapter = DHL.adapter(httpserver, base_url=httpserver.url_for("/sim/dhl/"))

    assert adapter.track([DHL.number])[0].status is S.DELIVERED


def test_dhl_service_hint_from_the_config_is_sent(httpserver: HTTPServer) -> None:
    DHL.expect_track(httpserver).respond_with_json(fixture("dhl_delivered.json"))

    DHL.adapter(httpserver, extra={"service": "parcel-de"}).track([DHL.number])

    assert httpserver.log[0][0].args["service"] == "parcel-de"


def test_dhl_refused_key_is_bad_credentials(httpserver: HTTPServer) -> None:
    DHL.expect_track(httpserver).respond_with_json(fixture("dhl_unauthorized.json"), status=401)

    with pytest.raises(BadCredentials):
        DHL.adapter(httpserver).track([DHL.number])
    with pytest.raises(BadCredentials):
        DHL.adapter(httpserver).test_connection()


def test_dhl_connection_test_is_one_lookup_that_may_find_nothing(httpserver: HTTPServer) -> None:
    DHL.expect_track(httpserver).respond_with_json(fixture("dhl_not_found.json"), status=404)

    assert DHL.adapter(httpserver).test_connection() == "DHL accepted the API key."


# -- UPS ----------------------------------------------------------------------------------------------


def test_ups_maps_activities_with_their_local_offsets(httpserver: HTTPServer) -> None:
    UPS.serve_token(httpserver)
    UPS.expect_track(httpserver).respond_with_json(fixture("ups_delivered.json"))

    [result] = UPS.adapter(httpserver).track([UPS.number])

    assert result.status is S.DELIVERED
    assert result.raw_status == "011: Delivered"
    assert statuses(result) == [S.INFO_RECEIVED, S.PICKED_UP, S.IN_TRANSIT, S.DELIVERY_FAILED,
                                S.OUT_FOR_DELIVERY, S.DELIVERED]
    assert [e.code for e in result.events] == ["M/MP", "P/PU", "I/DP", "X/48", "I/OT", "D/FS"]
    departed = result.events[2]
    assert departed.time == datetime(2024, 3, 8, 23, 30, tzinfo=zone(-5))
    assert departed.location == "Louisville, KY, US"
    assert result.events[-1].location == "KÖLN, DE"
    assert result.delivered_at == datetime(2024, 3, 12, 14, 32, 7, tzinfo=zone(1))
    track_request = next(r for r, _ in httpserver.log if r.path.startswith("/api/track"))
    assert track_request.headers["Authorization"] == "Bearer " + fixture("ups_token.json")["access_token"]
    assert track_request.headers["transactionSrc"] == "desktop-oms"
    assert len(track_request.headers["transId"]) == 32
    token_request = next(r for r, _ in httpserver.log if r.path == "/security/v1/oauth/token")
    assert token_request.authorization is not None
    assert (token_request.authorization.username, token_request.authorization.password) == (
        "client-id", "client-secret")
    assert token_request.form["grant_type"] == "client_credentials"


def test_ups_without_a_current_type_the_newest_activity_decides_and_gmt_is_utc(httpserver: HTTPServer) -> None:
    UPS.serve_token(httpserver)
    UPS.expect_track(httpserver, "1Z023E2X0214323462").respond_with_json(fixture("ups_customs_hold.json"))

    [result] = UPS.adapter(httpserver).track(["1Z023E2X0214323462"])

    assert result.status is S.ON_HOLD
    assert result.raw_status == "092: Customs Clearance in Progress"
    assert result.events[0].time == datetime(2024, 3, 19, 11, 15, tzinfo=UTC)  # gmtDate/gmtTime, no offset
    assert result.events[1].time == datetime(2024, 3, 20, 19, 8, 38, tzinfo=zone(8))
    assert result.events[1].location == "上海, CN"


@pytest.mark.parametrize(("answer", "status"), [("ups_not_found.json", 200), ("ups_invalid_number.json", 400),
                                                ("ups_invalid_number.json", 404)])
def test_ups_not_found_as_a_warning_or_an_error(httpserver: HTTPServer, answer: str, status: int) -> None:
    UPS.serve_token(httpserver)
    UPS.expect_track(httpserver, "1Z9912350341235622").respond_with_json(fixture(answer), status=status)

    with pytest.raises(NotFound):
        UPS.adapter(httpserver).track(["1Z9912350341235622"])


# -- FedEx --------------------------------------------------------------------------------------------


def test_fedex_maps_scans_and_leaves_out_the_number_it_cannot_find(httpserver: HTTPServer) -> None:
    FEDEX.serve_token(httpserver)
    FEDEX.expect_track(httpserver).respond_with_json(fixture("fedex_batch.json"))

    results = FEDEX.adapter(httpserver).track([FEDEX.number, "02399989320920003663"])

    [result] = results
    assert result.tracking_no == FEDEX.number
    assert result.status is S.DELIVERED
    assert result.raw_status == "DL: Delivered"
    assert statuses(result) == [S.INFO_RECEIVED, S.PICKED_UP, S.IN_TRANSIT, S.OUT_FOR_DELIVERY, S.DELIVERED]
    assert [e.code for e in result.events] == ["OC", "PU", "AE", "OD", "DL"]
    assert result.events[1].time == datetime(2024, 4, 22, 16, 5, tzinfo=zone(-7))
    assert result.events[-1].time == datetime(2024, 4, 26, 9, 26, tzinfo=zone(-3))
    assert result.events[-1].location == "São Paulo, SP, BR"
    assert result.events[0].location == ""
    assert result.delivered_at == result.events[-1].time
    track_request = next(r for r, _ in httpserver.log if r.path == "/track/v1/trackingnumbers")
    assert track_request.json == {"includeDetailedScans": True, "trackingInfo": [
        {"trackingNumberInfo": {"trackingNumber": FEDEX.number}},
        {"trackingNumberInfo": {"trackingNumber": "02399989320920003663"}}]}
    token_request = next(r for r, _ in httpserver.log if r.path == "/oauth/token")
    assert token_request.form.to_dict() == {"grant_type": "client_credentials", "client_id": "client-id",
                                            "client_secret": "client-secret"}


def test_fedex_not_found_only_when_none_of_the_numbers_is_found(httpserver: HTTPServer) -> None:
    FEDEX.serve_token(httpserver)
    FEDEX.expect_track(httpserver).respond_with_json(fixture("fedex_not_found.json"))

    with pytest.raises(NotFound):
        FEDEX.adapter(httpserver).track(["02399989320920003663"])


def test_fedex_asks_for_thirty_numbers_per_call(httpserver: HTTPServer) -> None:
    delivered = fixture("fedex_delivered.json")["output"]["completeTrackResults"][0]

    def answer(request: Request) -> Response:
        asked = [i["trackingNumberInfo"]["trackingNumber"] for i in request.json["trackingInfo"]]
        complete = [delivered if n == FEDEX.number else {"trackingNumber": n, "trackResults": [{
            "trackingNumberInfo": {"trackingNumber": n},
            "error": {"code": "TRACKING.TRACKINGNUMBER.NOTFOUND", "message": "not found"}}]} for n in asked]
        return Response(json.dumps({"output": {"completeTrackResults": complete}}), content_type="application/json")

    FEDEX.serve_token(httpserver)
    FEDEX.expect_track(httpserver).respond_with_handler(answer)
    numbers = [f"7948431852{i:02d}" for i in range(30)] + [FEDEX.number]

    results = FEDEX.adapter(httpserver).track(numbers)

    assert [r.tracking_no for r in results] == [FEDEX.number]
    sizes = [len(r.json["trackingInfo"]) for r, _ in httpserver.log if r.path == "/track/v1/trackingnumbers"]
    assert sizes == [30, 1]


# -- USPS ---------------------------------------------------------------------------------------------


def test_usps_maps_the_category_and_event_codes_with_the_scan_offsets(httpserver: HTTPServer) -> None:
    USPS.serve_token(httpserver)
    USPS.expect_track(httpserver).respond_with_json(fixture("usps_delivered.json"))

    [result] = USPS.adapter(httpserver).track([USPS.number])

    assert result.status is S.DELIVERED
    assert result.raw_status == "Delivered: Delivered, Parcel Locker"
    assert statuses(result) == [S.INFO_RECEIVED, S.PICKED_UP, S.IN_TRANSIT, S.IN_TRANSIT, S.IN_TRANSIT,
                                S.OUT_FOR_DELIVERY, S.DELIVERED]
    assert [e.code for e in result.events] == ["GX", "03", "T1", "TL", "07", "OF", "01"]
    delivered = result.events[-1]
    assert delivered.time == datetime(2024, 11, 22, 13, 58, 40, tzinfo=zone(-5))
    assert delivered.time.utcoffset() == timedelta(hours=-5)
    assert (delivered.description, delivered.location) == ("Delivered, Parcel Locker", "HERNANDO, FL")
    assert result.events[0].time == datetime(2024, 11, 15, 11, 32, tzinfo=UTC)  # no GMT fields: UTC
    assert result.events[3].location == ""
    assert result.delivered_at == delivered.time
    track_request = next(r for r, _ in httpserver.log if r.path.startswith("/tracking/v3"))
    assert track_request.args["expand"] == "DETAIL"
    token_request = next(r for r, _ in httpserver.log if r.path == "/oauth2/v3/token")
    assert token_request.json == {"client_id": "client-id", "client_secret": "client-secret",
                                  "grant_type": "client_credentials"}


def test_usps_alert_takes_the_newest_problem_event(httpserver: HTTPServer) -> None:
    USPS.serve_token(httpserver)
    USPS.expect_track(httpserver, "9405511206213912345678").respond_with_json(fixture("usps_alert_return.json"))

    [result] = USPS.adapter(httpserver).track(["9405511206213912345678"])

    assert statuses(result) == [S.PICKED_UP, S.DELIVERY_FAILED, S.RETURN_TO_SENDER]
    assert result.status is S.RETURN_TO_SENDER


def test_usps_unmapped_event_code_is_unknown_and_logged(httpserver: HTTPServer,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    body = fixture("usps_delivered.json")
    body["trackingEvents"][3].update(eventCode="U1", eventType="Processing Exception, Other")
    USPS.serve_token(httpserver)
    USPS.expect_track(httpserver).respond_with_json(body)

    with caplog.at_level(logging.WARNING, logger="desktop_oms.carriers.base"):
        [result] = USPS.adapter(httpserver).track([USPS.number])

    assert result.events[3].status is S.UNKNOWN
    assert result.events[3].code == "U1"
    assert "unmapped tracking status 'U1'" in caplog.text


def test_usps_not_found_is_a_404(httpserver: HTTPServer) -> None:
    USPS.serve_token(httpserver)
    USPS.expect_track(httpserver, "9400100000000000000000").respond_with_json(fixture("usps_not_found.json"),
                                                                              status=404)

    with pytest.raises(NotFound, match="may be incorrect"):
        USPS.adapter(httpserver).track(["9400100000000000000000"])


# -- every adapter --------------------------------------------------------------------------------------


@pytest.mark.parametrize("carrier", ALL)
def test_duplicated_and_reordered_events_come_back_once_and_oldest_first(
        httpserver: HTTPServer, carrier: Carrier) -> None:
    shuffled = fixture(carrier.answer)
    events = carrier.events(shuffled)
    events[:] = events[::-1] + [copy.deepcopy(events[0]), copy.deepcopy(events[2])]
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_json(shuffled)
    adapter = carrier.adapter(httpserver)

    [result] = adapter.track([carrier.number])

    httpserver.clear()
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_json(fixture(carrier.answer))
    [as_published] = carrier.adapter(httpserver).track([carrier.number])
    seen = [(e.time, e.code, e.description) for e in result.events]
    assert seen == [(e.time, e.code, e.description) for e in as_published.events]
    assert len(seen) == len(set(seen)) == len(carrier.events(fixture(carrier.answer)))
    assert [e.time for e in result.events] == sorted(e.time for e in result.events)
    assert all(e.time.tzinfo is not None for e in result.events)


@pytest.mark.parametrize("carrier", ALL)
def test_an_answer_about_another_number_is_malformed(httpserver: HTTPServer, carrier: Carrier) -> None:
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver, "ZZ999999999").respond_with_json(fixture(carrier.answer))

    with pytest.raises(Malformed, match="ZZ999999999"):
        carrier.adapter(httpserver).track(["ZZ999999999"])


@pytest.mark.parametrize("carrier", ALL)
def test_a_429_with_retry_after_seconds_is_rate_limited_until_then(httpserver: HTTPServer, carrier: Carrier) -> None:
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_json(fixture("dhl_too_many_requests.json"), status=429,
                                                       headers={"Retry-After": "120"},
                                                       content_type="application/problem+json")
    before = datetime.now(UTC)

    with pytest.raises(RateLimited) as caught:
        carrier.adapter(httpserver).track([carrier.number])

    assert caught.value.retry_at is not None
    assert before + timedelta(seconds=119) <= caught.value.retry_at <= datetime.now(UTC) + timedelta(seconds=121)


@pytest.mark.parametrize("carrier", ALL)
def test_a_429_with_retry_after_as_http_date_is_rate_limited_until_that_date(
        httpserver: HTTPServer, carrier: Carrier) -> None:
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_data("Too Many Requests", status=429,
                                                       headers={"Retry-After": "Wed, 21 Oct 2026 07:28:00 GMT"})

    with pytest.raises(RateLimited) as caught:
        carrier.adapter(httpserver).track([carrier.number])

    assert caught.value.retry_at == datetime(2026, 10, 21, 7, 28, tzinfo=UTC)


@pytest.mark.parametrize("carrier", ALL)
def test_a_server_error_means_the_carrier_is_unavailable(httpserver: HTTPServer, carrier: Carrier) -> None:
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_data("Service Unavailable", status=503, content_type="text/plain")

    with pytest.raises(Unavailable, match="503"):
        carrier.adapter(httpserver).track([carrier.number])


@pytest.mark.parametrize("carrier", ALL)
def test_an_answer_slower_than_the_read_timeout_is_unavailable(httpserver: HTTPServer, carrier: Carrier) -> None:
    answered = threading.Event()

    def slow(request: Request) -> Response:
        time.sleep(READ_TIMEOUT * 3)
        answered.set()
        return Response(json.dumps(fixture(carrier.answer)), content_type="application/json")

    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_handler(slow)
    started = time.monotonic()

    with pytest.raises(Unavailable, match="timed out"):
        carrier.adapter(httpserver).track([carrier.number])

    assert time.monotonic() - started < READ_TIMEOUT * 3  # it gave up, it did not wait for the answer
    # The late answer is logged by the (threaded, shared) server when it is done: let that happen in this
    # test, not in the next one's request log.
    assert answered.wait(5)
    time.sleep(0.05)


@pytest.mark.parametrize("carrier", ALL)
@pytest.mark.parametrize("body", ["<html><body>502 Bad Gateway</body></html>", "{}", '{"shipments": "none"}'])
def test_an_answer_that_is_not_json_or_lacks_the_documented_fields_is_malformed(
        httpserver: HTTPServer, carrier: Carrier, body: str) -> None:
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_data(body, content_type="application/json")

    with pytest.raises(Malformed):
        carrier.adapter(httpserver).track([carrier.number])


@pytest.mark.parametrize("carrier", ALL)
def test_an_event_without_its_time_is_malformed(httpserver: HTTPServer, carrier: Carrier) -> None:
    body = fixture(carrier.answer)
    event = carrier.events(body)[1]
    for key in ("timestamp", "date", "gmtDate", "gmtOffset", "eventTimestamp", "GMTTimestamp"):
        event.pop(key, None)
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_json(body)

    with pytest.raises(Malformed):
        carrier.adapter(httpserver).track([carrier.number])


# -- OAuth (UPS, FedEx, USPS) -----------------------------------------------------------------------------


@pytest.mark.parametrize("carrier", OAUTH)
def test_the_token_is_fetched_once_reused_and_renewed_after_it_expires(
        httpserver: HTTPServer, carrier: Carrier) -> None:
    assert carrier.token is not None
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_json(fixture(carrier.answer))
    clock = Clock()
    adapter = carrier.adapter(httpserver, clock)

    adapter.track([carrier.number])
    adapter.track([carrier.number])
    assert carrier.hits(httpserver, carrier.token[0]) == 1

    clock.now += 30_000  # past every carrier's expires_in
    adapter.track([carrier.number])
    assert carrier.hits(httpserver, carrier.token[0]) == 2


@pytest.mark.parametrize("carrier", OAUTH)
def test_a_401_on_a_track_call_renews_the_token_once(httpserver: HTTPServer, carrier: Carrier) -> None:
    assert carrier.token is not None
    answers = iter([Response("", status=401), Response(json.dumps(fixture(carrier.answer)),
                                                       content_type="application/json")])
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_handler(lambda request: next(answers))

    [result] = carrier.adapter(httpserver).track([carrier.number])

    assert result.status is S.DELIVERED
    assert carrier.hits(httpserver, carrier.token[0]) == 2


@pytest.mark.parametrize("carrier", OAUTH)
def test_a_track_call_refused_twice_is_bad_credentials(httpserver: HTTPServer, carrier: Carrier) -> None:
    assert carrier.token is not None
    carrier.serve_token(httpserver)
    carrier.expect_track(httpserver).respond_with_json(fixture("fedex_unauthorized.json"), status=401)

    with pytest.raises(BadCredentials):
        carrier.adapter(httpserver).track([carrier.number])
    assert carrier.hits(httpserver, carrier.token[0]) == 2


@pytest.mark.parametrize(("carrier", "refusal"), [
    pytest.param(UPS, "ups_token_refused.json", id="ups"),
    pytest.param(FEDEX, "fedex_unauthorized.json", id="fedex"),
    pytest.param(USPS, "usps_token_refused.json", id="usps")])
def test_a_refused_sign_in_is_bad_credentials(httpserver: HTTPServer, carrier: Carrier, refusal: str) -> None:
    assert carrier.token is not None
    httpserver.expect_request(carrier.token[0], method="POST").respond_with_json(fixture(refusal), status=401)

    with pytest.raises(BadCredentials, match="sign-in refused"):
        carrier.adapter(httpserver).track([carrier.number])
    with pytest.raises(BadCredentials):
        carrier.adapter(httpserver).test_connection()
    assert carrier.hits(httpserver, carrier.path(carrier.number)) == 0


@pytest.mark.parametrize("carrier", OAUTH)
def test_the_connection_test_signs_in(httpserver: HTTPServer, carrier: Carrier) -> None:
    carrier.serve_token(httpserver)

    sentence = carrier.adapter(httpserver).test_connection()

    assert sentence.startswith("Signed in to ")
    assert "minutes" in sentence
