"""A local WooCommerce shop for the tests: the REST API v3 orders endpoints as WooCommerce documents them.

It keeps orders (the documented JSON, from tests/fixtures/woocommerce) and answers
`GET /wp-json/wc/v3/orders` (per_page, page, orderby=modified|date|id, order, modified_after with
dates_are_gmt, include, status — `any` leaves out the trash), with `X-WP-Total`, `X-WP-TotalPages` and a
`Link` header; `PUT /orders/<id>` (status, meta_data); `POST /orders/<id>/notes`. Answers can be
scripted ahead (429 with Retry-After, 5xx), and every request is recorded.
"""

from __future__ import annotations

import base64
import copy
import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "woocommerce"
KEY, SECRET = "ck_test_0123456789abcdef", "cs_test_fedcba9876543210"


def fixture_orders() -> list[dict[str, Any]]:
    orders: list[dict[str, Any]] = json.loads((FIXTURES / "orders.json").read_text(encoding="utf-8"))
    return orders


@dataclass
class Seen:
    method: str
    path: str
    args: dict[str, str]
    body: Any
    authorised: bool


@dataclass
class WooShop:
    orders: dict[int, dict[str, Any]] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    script: list[tuple[int, dict[str, str], str]] = field(default_factory=list)  # forced answers, in turn
    notes: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    url: str = ""
    fail_once: dict[str, int] = field(default_factory=dict)  # method → the status its next request gets

    def add(self, *orders: dict[str, Any]) -> None:
        for order in orders:
            self.orders[int(order["id"])] = copy.deepcopy(order)

    def change(self, order_id: int, *, minutes: float = 60, **values: Any) -> None:
        """An order changed at the shop: new values, date_modified(_gmt) `minutes` after the newest change."""
        order = self.orders[order_id]
        order.update(values)
        newest = max(datetime.fromisoformat(o["date_modified_gmt"]) for o in self.orders.values())
        when = newest + timedelta(minutes=minutes)  # now: after every change so far
        order["date_modified_gmt"] = when.isoformat()
        order["date_modified"] = (when + timedelta(hours=8)).isoformat()

    def list_requests(self) -> list[Seen]:
        return [r for r in self.requests if r.method == "GET" and r.path.endswith("/orders")]

    def __call__(self, request: Request) -> Response:
        body = request.get_json(silent=True) if request.data else None
        seen = Seen(request.method, request.path, dict(request.args.items()), body, self._authorised(request))
        with self.lock:
            self.requests.append(seen)
            forced = self.script.pop(0) if self.script else None
            if forced is None and request.method in self.fail_once:
                forced = (self.fail_once.pop(request.method), {}, "{}")
        if forced is not None:
            status, headers, text = forced
            return Response(text, status=status, headers=headers, content_type="application/json")
        if not seen.authorised:
            return _error(401, "woocommerce_rest_cannot_view", "Sorry, you cannot list resources.")
        match = re.fullmatch(r"/wp-json/wc/v3/orders(?:/(\d+))?(/notes)?", request.path)
        if match is None:
            return _error(404, "rest_no_route", "No route was found matching the URL and request method.")
        order_id = int(match.group(1)) if match.group(1) else None
        if order_id is None and request.method == "GET":
            return self._list(request)
        if order_id is None or order_id not in self.orders or self.orders[order_id]["status"] == "trash" and \
                request.method != "GET":
            return _error(404, "woocommerce_rest_shop_order_invalid_id", "Invalid ID.")
        order = self.orders[order_id]
        if match.group(2) and request.method == "POST":
            note = {"id": 9000 + sum(len(n) for n in self.notes.values()), "author": "system",
                    "note": body["note"], "customer_note": bool(body.get("customer_note"))}
            self.notes.setdefault(order_id, []).append(note)
            return Response(json.dumps(note, ensure_ascii=False), status=201, content_type="application/json")
        if request.method == "PUT":
            if "status" in body:
                order["status"] = body["status"]
            for meta in body.get("meta_data", []):
                order["meta_data"] = [m for m in order["meta_data"] if m["key"] != meta["key"]] + [
                    {"id": 20000 + len(order["meta_data"]), **meta}]
            self.change(order_id, minutes=1)
        return Response(json.dumps(order, ensure_ascii=False), content_type="application/json")

    def _list(self, request: Request) -> Response:
        args = request.args
        status = args.get("status", "any")
        found = [o for o in self.orders.values()
                 if (status == "any" and o["status"] != "trash") or o["status"] == status]
        if "include" in args:
            wanted = {int(i) for i in args["include"].split(",") if i}
            found = [o for o in found if o["id"] in wanted]
        if "modified_after" in args:
            assert args.get("dates_are_gmt") == "true", "modified_after without dates_are_gmt=true"
            after = datetime.fromisoformat(args["modified_after"])
            found = [o for o in found if datetime.fromisoformat(o["date_modified_gmt"]) > after]
        key = {"modified": "date_modified_gmt", "date": "date_created_gmt", "id": "id"}[args.get("orderby", "date")]
        found.sort(key=lambda o: (o[key], o["id"]), reverse=args.get("order", "desc") == "desc")
        per_page, page = int(args.get("per_page", 10)), int(args.get("page", 1))
        pages = max(1, -(-len(found) // per_page))
        chunk = found[(page - 1) * per_page:page * per_page]
        headers = {"X-WP-Total": str(len(found)), "X-WP-TotalPages": str(pages)}
        if page < pages:
            query = {k: v for k, v in args.items() if k not in ("consumer_key", "consumer_secret")}
            headers["Link"] = f'<{request.host_url.rstrip("/")}{request.path}?{urlencode(query | {"page": page + 1})}>; rel="next"'
        return Response(json.dumps(chunk, ensure_ascii=False), headers=headers, content_type="application/json")

    def _authorised(self, request: Request) -> bool:
        header = request.headers.get("Authorization", "")
        if header.startswith("Basic "):
            return base64.b64decode(header[6:]).decode() == f"{KEY}:{SECRET}"
        return request.args.get("consumer_key") == KEY and request.args.get("consumer_secret") == SECRET


def _error(status: int, code: str, message: str) -> Response:
    return Response(json.dumps({"code": code, "message": message, "data": {"status": status}}), status=status,
                    content_type="application/json")


def generated_orders(count: int, *, first_id: int = 2001) -> list[dict[str, Any]]:
    """`count` more orders like the first fixture, each changed a minute after the one before."""
    template = fixture_orders()[0]
    base = datetime(2026, 11, 21, 0, 0, tzinfo=UTC).replace(tzinfo=None)
    made = []
    for n in range(count):
        order = copy.deepcopy(template)
        order["id"], order["number"] = first_id + n, str(first_id + n)
        order["date_modified_gmt"] = (base + timedelta(minutes=n)).isoformat()
        made.append(order)
    return made


@pytest.fixture(scope="module")
def woo_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def woo(woo_server: HTTPServer) -> Iterator[WooShop]:
    """An empty shop answering on the module's local server."""
    woo_server.clear()
    shop = WooShop()
    woo_server.expect_request(re.compile(r"/wp-json/wc/v3/.*")).respond_with_handler(shop)
    shop.url = woo_server.url_for("/").rstrip("/")
    yield shop
    woo_server.clear()
