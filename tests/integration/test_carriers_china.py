"""SF Express, Kuaidi100 and 17TRACK adapters against a local server speaking their published formats.

The servers check signatures the way the carriers do (recomputed from the form, with their own
implementation of the recipe) and answer like the carrier when they are wrong.
"""

from __future__ import annotations

import copy
import hashlib
import json
import logging
import random
import time
from base64 import b64encode
from collections.abc import Callable
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
    QuotaExhausted,
    RateLimited,
    TrackResult,
    Unavailable,
)
from desktop_oms.carriers.kuaidi100 import COMPANY_CODES, Kuaidi100Adapter
from desktop_oms.carriers.sf_express import SfExpressAdapter, msg_digest
from desktop_oms.carriers.track17 import Track17Adapter
from desktop_oms.domain.tracking import TrackingStatus as T

FIXTURES = Path(__file__).parent.parent / "fixtures" / "carriers"
CST = timezone(timedelta(hours=8))
PARTNER, CHECK_WORD = "YDKJ_TEST", "fjcg5PGKaNpPSHFAZ4QsCOkV71R3zVci"
CUSTOMER, KEY = "9C2F1B3D5E7A4C6B8D0E2F4A6C8E0B1D", "qWeRtYkd100"
TOKEN = "6B1C8F2A9D3E4B5A7C0D1E2F3A4B5C6D"
SF_NO, ZTO_NO, INTL_NO = "SF1342271830275", "731458962015", "LZ492301873CN"
HTTP_DATE, HTTP_DATE_AT = "Wed, 21 Oct 2026 07:28:00 GMT", datetime(2026, 10, 21, 7, 28, tzinfo=UTC)


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    return "127.0.0.1", 0


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return Response(text.encode("utf-8"), status=status, headers=headers, content_type="application/json;charset=UTF-8")


def config(httpserver: HTTPServer, name: str, read_timeout: float = 5.0, **fields: Any) -> CarrierConfig:
    return CarrierConfig(name=name, base_url=httpserver.url_for("/").rstrip("/"), timeout=(2.0, read_timeout), **fields)


def slow(seconds: float) -> Callable[[Request], Response]:
    def handler(_request: Request) -> Response:
        time.sleep(seconds)
        return reply({})
    return handler


def shuffled_with_duplicates(items: list[Any]) -> list[Any]:
    doubled = items + [copy.deepcopy(items[0]), copy.deepcopy(items[-1])]
    random.Random(5).shuffle(doubled)
    return doubled


def assert_ordered_and_unique(result: TrackResult) -> None:
    times = [e.time for e in result.events]
    assert times == sorted(times)
    keys = [(e.time, e.code, e.description) for e in result.events]
    assert len(keys) == len(set(keys))


# --- SF Express ----------------------------------------------------------------------------------

def java_digest(msg_data: str, timestamp: str, check_word: str) -> str:
    """The digest as SF's Java gateway computes it: URLEncoder.encode byte by byte, MD5, Base64."""
    out = []
    for byte in (msg_data + timestamp + check_word).encode("utf-8"):
        char = chr(byte)
        out.append(char if char.isascii() and (char.isalnum() or char in ".-*_") else "+" if char == " " else f"%{byte:02X}")
    return b64encode(hashlib.md5("".join(out).encode("ascii")).digest()).decode("ascii")


def sf_server(httpserver: HTTPServer, answer: Any, seen: list[dict[str, Any]] | None = None) -> None:
    def handler(request: Request) -> Response:
        form = request.form
        if form.get("partnerID") != PARTNER or form.get("msgDigest") != java_digest(form["msgData"], form["timestamp"], CHECK_WORD):
            return reply(fixture("sf_bad_digest.json"))
        assert form["serviceCode"] == "EXP_RECE_SEARCH_ROUTES" and len(form["requestID"]) == 36
        assert abs(int(form["timestamp"]) - time.time() * 1000) < 60_000  # milliseconds
        if seen is not None:
            seen.append(json.loads(form["msgData"]))
        return reply(answer)
    httpserver.expect_request("/std/service", method="POST").respond_with_handler(handler)


def sf(httpserver: HTTPServer, check_word: str = CHECK_WORD, read_timeout: float = 5.0) -> SfExpressAdapter:
    return SfExpressAdapter(config(httpserver, "sf_express", read_timeout, client_id=PARTNER, client_secret=check_word))


def sf_answer(change: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> dict[str, Any]:
    outer = fixture("sf_routes_ok.json")
    inner = json.loads(outer["apiResultData"])
    resp = inner["msgData"]["routeResps"][0]
    resp["routes"] = change(resp["routes"])
    outer["apiResultData"] = json.dumps(inner, ensure_ascii=False)
    return outer


def test_sf_digest_follows_javas_urlencoder_even_for_tilde_star_space_and_chinese() -> None:
    text = '{"remark":"~a* b&c=顺丰"}'
    assert msg_digest(text, "1715940000000", CHECK_WORD) == java_digest(text, "1715940000000", CHECK_WORD)


def test_sf_routes_become_events_oldest_first_in_china_time_with_codes_texts_and_places(httpserver: HTTPServer) -> None:
    seen: list[dict[str, Any]] = []
    sf_server(httpserver, fixture("sf_routes_ok.json"), seen)
    [result] = sf(httpserver).track([SF_NO])
    assert seen == [{"trackingType": "1", "trackingNumber": [SF_NO], "methodType": "1"}]
    assert result.tracking_no == SF_NO and result.status is T.DELIVERED and result.raw_status == "8000"
    assert [e.status for e in result.events] == [T.PICKED_UP] + [T.IN_TRANSIT] * 4 + [T.OUT_FOR_DELIVERY] + [T.DELIVERED] * 2
    first, signed = result.events[0], result.events[6]
    assert first.time == datetime(2024, 5, 17, 18, 42, 10, tzinfo=CST) and first.time.utcoffset() == timedelta(hours=8)
    assert (first.code, first.description, first.location) == ("50", "顺丰速运 已收取快件", "深圳市")
    assert "“安全呼叫”" in result.events[5].description and result.events[5].raw["secondaryStatusCode"] == "301"
    assert result.delivered_at == signed.time == datetime(2024, 5, 18, 8, 22, 47, tzinfo=UTC)


def test_sf_phone_goes_as_its_last_four_digits_in_checkphoneno(httpserver: HTTPServer) -> None:
    seen: list[dict[str, Any]] = []
    sf_server(httpserver, fixture("sf_routes_ok.json"), seen)
    sf(httpserver).track([SF_NO], phones={SF_NO: "+86 138-0013-6621"})
    assert seen[0]["checkPhoneNo"] == "6621"


def test_sf_waybill_without_routes_is_not_found(httpserver: HTTPServer) -> None:
    sf_server(httpserver, fixture("sf_routes_not_found.json"))
    with pytest.raises(NotFound):
        sf(httpserver).track([SF_NO])


def test_sf_wrong_check_word_fails_the_servers_digest_check_as_bad_credentials(httpserver: HTTPServer) -> None:
    sf_server(httpserver, fixture("sf_routes_ok.json"))
    with pytest.raises(BadCredentials, match="A1006"):
        sf(httpserver, check_word="not-the-check-word").track([SF_NO])


def test_sf_service_not_linked_to_the_app_is_bad_credentials(httpserver: HTTPServer) -> None:
    sf_server(httpserver, fixture("sf_no_permission.json"))
    with pytest.raises(BadCredentials, match="A1004"):
        sf(httpserver).track([SF_NO])


def test_sf_answer_about_another_waybill_is_malformed(httpserver: HTTPServer) -> None:
    sf_server(httpserver, fixture("sf_routes_wrong_number.json"))
    with pytest.raises(Malformed, match="SF1098765432109"):
        sf(httpserver).track([SF_NO])


@pytest.mark.parametrize("body", ["{not json", json.dumps({"apiResultCode": "A1000", "apiResultData": "{broken"}),
                                  json.dumps({"apiResultCode": "A1000", "apiResultData": json.dumps({"success": True})})])
def test_sf_broken_json_or_missing_fields_are_malformed(httpserver: HTTPServer, body: str) -> None:
    sf_server(httpserver, body)
    with pytest.raises(Malformed):
        sf(httpserver).track([SF_NO])


def test_sf_duplicated_and_reordered_routes_come_back_once_each_oldest_first(httpserver: HTTPServer) -> None:
    sf_server(httpserver, sf_answer(shuffled_with_duplicates))
    [result] = sf(httpserver).track([SF_NO])
    assert_ordered_and_unique(result)
    assert len(result.events) == 8 and result.status is T.DELIVERED


def test_sf_unknown_opcode_is_kept_as_unknown_with_its_code_and_logged(httpserver: HTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    def strange(routes: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [*routes[:3], {"acceptTime": "2024-05-18 03:00:00", "acceptAddress": "深圳市", "opCode": "607", "remark": "快件在【深圳宝安集散中心】滞留"}]
    sf_server(httpserver, sf_answer(strange))
    with caplog.at_level(logging.WARNING):
        [result] = sf(httpserver).track([SF_NO])
    assert (result.status, result.raw_status, result.events[-1].code) == (T.UNKNOWN, "607", "607")
    assert "607" in caplog.text


def test_sf_test_connection_says_the_credentials_work(httpserver: HTTPServer) -> None:
    sf_server(httpserver, fixture("sf_routes_not_found.json"))
    assert "accepted" in sf(httpserver).test_connection()


# --- Kuaidi100 -----------------------------------------------------------------------------------

def kuaidi100_server(httpserver: HTTPServer, answer: Any, seen: list[dict[str, Any]] | None = None) -> None:
    def handler(request: Request) -> Response:
        form = request.form
        expected = hashlib.md5((form["param"] + KEY + form["customer"]).encode("utf-8")).hexdigest().upper()
        if form["customer"] != CUSTOMER or form["sign"] != expected:
            return reply(fixture("kuaidi100_bad_sign.json"))
        if seen is not None:
            seen.append(json.loads(form["param"]))
        return reply(answer)
    httpserver.expect_request("/poll/query.do", method="POST").respond_with_handler(handler)


def kuaidi100(httpserver: HTTPServer, key: str = KEY, read_timeout: float = 5.0, **extra: str) -> Kuaidi100Adapter:
    return Kuaidi100Adapter(config(httpserver, "kuaidi100", read_timeout, api_key=key, customer=CUSTOMER, extra=extra))


def test_kuaidi100_traces_come_back_oldest_first_in_china_time_with_areas(httpserver: HTTPServer) -> None:
    seen: list[dict[str, Any]] = []
    kuaidi100_server(httpserver, fixture("kuaidi100_ok.json"), seen)
    [result] = kuaidi100(httpserver).track([ZTO_NO], company="zto", phones={ZTO_NO: "13812345678"})
    assert seen == [{"com": "zhongtong", "num": ZTO_NO, "phone": "13812345678", "resultv2": "1"}]
    assert result.status is T.DELIVERED and result.raw_status == "3"
    assert [e.status for e in result.events] == [T.PICKED_UP, T.IN_TRANSIT, T.IN_TRANSIT, T.IN_TRANSIT, T.OUT_FOR_DELIVERY, T.DELIVERED]
    first, last = result.events[0], result.events[-1]
    assert first.time == datetime(2024, 6, 1, 19, 33, 8, tzinfo=CST) and first.location == "广东,广州市,白云区"
    assert first.code == "揽收" and first.description.startswith("【广州市】 【广州白云三部】")
    assert "菜鸟驿站的西溪诚园店" in last.description and last.raw["areaCode"] == "CN330106000000"
    assert result.delivered_at == last.time


def test_kuaidi100_company_comes_from_config_extra_and_is_required(httpserver: HTTPServer) -> None:
    seen: list[dict[str, Any]] = []
    kuaidi100_server(httpserver, fixture("kuaidi100_ok.json"), seen)
    kuaidi100(httpserver, **{ZTO_NO: "zhongtong"}).track([ZTO_NO])
    assert seen[0]["com"] == "zhongtong" and "phone" not in seen[0]
    assert COMPANY_CODES["sf_express"] == "shunfeng" and COMPANY_CODES["sto"] == "shentong"
    with pytest.raises(ValueError, match="company"):
        kuaidi100(httpserver).track([ZTO_NO])


def test_kuaidi100_no_result_is_not_found(httpserver: HTTPServer) -> None:
    kuaidi100_server(httpserver, fixture("kuaidi100_not_found.json"))
    with pytest.raises(NotFound, match="查询无结果"):
        kuaidi100(httpserver, com="zto").track([ZTO_NO])


def test_kuaidi100_wrong_key_fails_the_servers_sign_check_as_bad_credentials(httpserver: HTTPServer) -> None:
    kuaidi100_server(httpserver, fixture("kuaidi100_ok.json"))
    with pytest.raises(BadCredentials, match="验证签名失败"):
        kuaidi100(httpserver, key="wrong", com="zto").track([ZTO_NO])


def test_kuaidi100_expired_key_is_quota_exhausted(httpserver: HTTPServer) -> None:
    kuaidi100_server(httpserver, fixture("kuaidi100_key_expired.json"))
    with pytest.raises(QuotaExhausted):
        kuaidi100(httpserver, com="zto").track([ZTO_NO])


def test_kuaidi100_answer_about_another_number_is_malformed(httpserver: HTTPServer) -> None:
    kuaidi100_server(httpserver, fixture("kuaidi100_ok.json") | {"nu": "731458962099"})
    with pytest.raises(Malformed, match="731458962099"):
        kuaidi100(httpserver, com="zto").track([ZTO_NO])


@pytest.mark.parametrize("body", ["<html>维护中</html>", json.dumps({"message": "ok", "status": "200", "nu": ZTO_NO, "state": "0"})])
def test_kuaidi100_broken_json_or_missing_data_is_malformed(httpserver: HTTPServer, body: str) -> None:
    kuaidi100_server(httpserver, body)
    with pytest.raises(Malformed):
        kuaidi100(httpserver, com="zto").track([ZTO_NO])


def test_kuaidi100_duplicated_and_reordered_traces_come_back_once_each_oldest_first(httpserver: HTTPServer) -> None:
    answer = fixture("kuaidi100_ok.json")
    answer["data"] = shuffled_with_duplicates(answer["data"])
    kuaidi100_server(httpserver, answer)
    [result] = kuaidi100(httpserver, com="zto").track([ZTO_NO])
    assert_ordered_and_unique(result)
    assert len(result.events) == 6


@pytest.mark.parametrize(("state", "status"), [("2", T.ON_HOLD), ("201", T.DELIVERY_DELAYED), ("14", T.DELIVERY_FAILED),
                                               ("4", T.RETURN_TO_SENDER), ("501", T.READY_FOR_PICKUP), ("99", T.UNKNOWN)])
def test_kuaidi100_states_follow_the_published_table_and_unknown_ones_stay_unknown(
        httpserver: HTTPServer, caplog: pytest.LogCaptureFixture, state: str, status: T) -> None:
    kuaidi100_server(httpserver, fixture("kuaidi100_ok.json") | {"state": state})
    with caplog.at_level(logging.WARNING):
        [result] = kuaidi100(httpserver, com="zto").track([ZTO_NO])
    assert result.status is status and result.raw_status == state
    assert ("'99'" in caplog.text) == (state == "99")


def test_kuaidi100_test_connection_counts_no_result_as_credentials_accepted(httpserver: HTTPServer) -> None:
    kuaidi100_server(httpserver, fixture("kuaidi100_not_found.json"))
    assert "accepted" in kuaidi100(httpserver).test_connection()


# --- 17TRACK -------------------------------------------------------------------------------------

def track17_server(httpserver: HTTPServer, endpoint: str, *answers: Any, seen: list[Any] | None = None) -> None:
    queue = list(answers)

    def handler(request: Request) -> Response:
        if request.headers.get("17token") != TOKEN:
            return reply(fixture("track17_bad_token.json"), status=401)
        if seen is not None:
            seen.append((endpoint, request.get_json()))
        return reply(queue.pop(0) if len(queue) > 1 else queue[0])
    httpserver.expect_request(f"/track/v2.2/{endpoint}", method="POST").respond_with_handler(handler)


def track17(httpserver: HTTPServer, token: str = TOKEN, read_timeout: float = 5.0) -> Track17Adapter:
    return Track17Adapter(config(httpserver, "17track", read_timeout, api_key=token))


def test_track17_events_of_both_providers_make_one_timeline_with_their_own_offsets(httpserver: HTTPServer) -> None:
    seen: list[Any] = []
    track17_server(httpserver, "gettrackinfo", fixture("track17_gettrackinfo_ok.json"), seen=seen)
    [result] = track17(httpserver).track([INTL_NO])
    assert seen == [("gettrackinfo", [{"number": INTL_NO}])]
    assert result.status is T.DELIVERED and result.raw_status == "Delivered/Delivered_Other"
    assert [e.status for e in result.events] == [T.INFO_RECEIVED, T.PICKED_UP, T.IN_TRANSIT, T.IN_TRANSIT, T.IN_TRANSIT,
                                                 T.OUT_FOR_DELIVERY, T.DELIVERED]
    picked, delivered = result.events[1], result.events[-1]
    assert picked.time.utcoffset() == timedelta(hours=8) and picked.code == "InTransit_PickedUp"
    assert picked.description == "【深圳市邮政速递物流国际业务分公司】已收寄，揽投员：陈师傅" and picked.location == "深圳市"
    assert delivered.time == datetime(2024, 7, 12, 18, 34, tzinfo=UTC) and delivered.time.utcoffset() == timedelta(hours=-4)
    assert delivered.location == "BROOKLYN, NY 11201" and result.delivered_at == delivered.time


def test_track17_registers_a_number_it_was_not_tracking_and_asks_again(httpserver: HTTPServer) -> None:
    seen: list[Any] = []
    track17_server(httpserver, "gettrackinfo", fixture("track17_gettrackinfo_not_registered.json"),
                   fixture("track17_gettrackinfo_ok.json"), seen=seen)
    track17_server(httpserver, "register", fixture("track17_register_ok.json"), seen=seen)
    [result] = track17(httpserver).track([INTL_NO])
    assert [endpoint for endpoint, _ in seen] == ["gettrackinfo", "register", "gettrackinfo"]
    assert seen[1] == ("register", [{"number": INTL_NO}]) and result.status is T.DELIVERED


def test_track17_no_information_yet_is_not_found(httpserver: HTTPServer) -> None:
    track17_server(httpserver, "gettrackinfo", fixture("track17_gettrackinfo_no_data.json"))
    with pytest.raises(NotFound):
        track17(httpserver).track([INTL_NO])


def test_track17_registering_without_quota_is_quota_exhausted(httpserver: HTTPServer) -> None:
    track17_server(httpserver, "gettrackinfo", fixture("track17_gettrackinfo_not_registered.json"))
    track17_server(httpserver, "register", fixture("track17_register_quota.json"))
    with pytest.raises(QuotaExhausted):
        track17(httpserver).track([INTL_NO])


def test_track17_wrong_token_is_bad_credentials_by_http_401_or_by_code(httpserver: HTTPServer) -> None:
    track17_server(httpserver, "gettrackinfo", fixture("track17_gettrackinfo_ok.json"))
    with pytest.raises(BadCredentials):
        track17(httpserver, token="wrong").track([INTL_NO])
    httpserver.clear()
    track17_server(httpserver, "gettrackinfo", fixture("track17_bad_token.json"))
    with pytest.raises(BadCredentials, match="-18010002"):
        track17(httpserver).track([INTL_NO])


def test_track17_rate_limit_code_in_a_200_answer_is_rate_limited(httpserver: HTTPServer) -> None:
    track17_server(httpserver, "gettrackinfo", fixture("track17_rate_limited.json"))
    with pytest.raises(RateLimited):
        track17(httpserver).track([INTL_NO])


def test_track17_answer_about_another_number_is_malformed(httpserver: HTTPServer) -> None:
    answer = fixture("track17_gettrackinfo_ok.json")
    answer["data"]["accepted"][0]["number"] = "LZ000000000CN"
    track17_server(httpserver, "gettrackinfo", answer)
    with pytest.raises(Malformed, match="LZ000000000CN"):
        track17(httpserver).track([INTL_NO])


@pytest.mark.parametrize("body", ["{", json.dumps({"code": 0, "data": {"accepted": [{"number": INTL_NO}], "rejected": []}})])
def test_track17_broken_json_or_missing_track_info_is_malformed(httpserver: HTTPServer, body: str) -> None:
    track17_server(httpserver, "gettrackinfo", body)
    with pytest.raises(Malformed):
        track17(httpserver).track([INTL_NO])


def test_track17_duplicated_and_reordered_events_come_back_once_each_oldest_first(httpserver: HTTPServer) -> None:
    answer = fixture("track17_gettrackinfo_ok.json")
    for provider in answer["data"]["accepted"][0]["track_info"]["tracking"]["providers"]:
        provider["events"] = shuffled_with_duplicates(provider["events"])
    track17_server(httpserver, "gettrackinfo", answer)
    [result] = track17(httpserver).track([INTL_NO])
    assert_ordered_and_unique(result)
    assert len(result.events) == 7


def test_track17_test_connection_reports_the_quota_left(httpserver: HTTPServer) -> None:
    track17_server(httpserver, "getquota", fixture("track17_getquota.json"))
    assert "158 of 200" in track17(httpserver).test_connection()


# --- HTTP faults, the same for all three ---------------------------------------------------------

ADAPTERS: dict[str, tuple[str, Callable[..., Any], Callable[[Any], list[TrackResult]]]] = {
    "sf_express": ("/std/service", sf, lambda a: a.track([SF_NO])),
    "kuaidi100": ("/poll/query.do", lambda server, **kw: kuaidi100(server, com="zto", **kw), lambda a: a.track([ZTO_NO])),
    "17track": ("/track/v2.2/gettrackinfo", track17, lambda a: a.track([INTL_NO])),
}


@pytest.mark.parametrize("carrier", ADAPTERS)
@pytest.mark.parametrize(("header", "expected"), [("120", None), (HTTP_DATE, HTTP_DATE_AT)])
def test_429_carries_the_retry_after_time_in_seconds_or_as_http_date(
        httpserver: HTTPServer, carrier: str, header: str, expected: datetime | None) -> None:
    path, make, track = ADAPTERS[carrier]
    httpserver.expect_request(path).respond_with_response(reply(fixture("track17_rate_limited.json"), 429, {"Retry-After": header}))
    before = datetime.now(UTC)
    with pytest.raises(RateLimited) as caught:
        track(make(httpserver))
    retry_at = caught.value.retry_at
    assert retry_at is not None
    if expected is None:
        assert timedelta(seconds=119) <= retry_at - before <= timedelta(seconds=125)
    else:
        assert retry_at == expected


@pytest.mark.parametrize("carrier", ADAPTERS)
@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_unavailable(httpserver: HTTPServer, carrier: str, status: int) -> None:
    path, make, track = ADAPTERS[carrier]
    httpserver.expect_request(path).respond_with_data("<html>Bad Gateway</html>", status=status)
    with pytest.raises(Unavailable):
        track(make(httpserver))


@pytest.mark.parametrize("carrier", ADAPTERS)
def test_an_answer_slower_than_the_read_timeout_is_unavailable(httpserver: HTTPServer, carrier: str) -> None:
    path, make, track = ADAPTERS[carrier]
    httpserver.expect_request(path).respond_with_handler(slow(0.8))
    started = time.monotonic()
    with pytest.raises(Unavailable):
        track(make(httpserver, read_timeout=0.3))
    assert time.monotonic() - started < 0.75  # gave up at the read timeout, no retry of the read

