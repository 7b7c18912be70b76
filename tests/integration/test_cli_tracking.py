"""Carrier accounts and polling from the command line, against a local server in DHL's format."""

from __future__ import annotations

import json

from pytest_httpserver import HTTPServer

from tests.integration.test_cli import FIXTURES, ok_json, run


def test_carriers_are_listed_set_and_polled_into_the_order(sqlite_url: str, httpserver: HTTPServer) -> None:
    accounts = ok_json(sqlite_url, "carriers", "list")
    assert [a["name"] for a in accounts] == ["dhl", "ups", "fedex", "usps", "sf_express", "kuaidi100", "17track",
                                              "simulator"]
    assert {"name", "enabled", "base_url"} <= set(accounts[0])
    served = json.loads((FIXTURES / "carriers" / "dhl_delivered.json").read_text())
    number = served["shipments"][0]["id"]
    httpserver.expect_request("/track/shipments", query_string={"trackingNumber": number}).respond_with_json(served)
    changed = ok_json(sqlite_url, "carriers", "set", "dhl", "--base-url", httpserver.url_for("/"),
                      "--api-key", "test-key", "--enable")
    assert changed["enabled"] is True and changed["base_url"] == httpserver.url_for("/").rstrip("/")
    assert run(sqlite_url, "import", "products", str(FIXTURES / "products.csv")).returncode == 0
    run(sqlite_url, "import", "orders", str(FIXTURES / "orders_ok.csv"))
    ok_json(sqlite_url, "orders", "allocate", "A-1001")
    ok_json(sqlite_url, "orders", "pack", "A-1001")
    ok_json(sqlite_url, "ship", "A-1001", "--carrier", "dhl", "--tracking", number)

    polled = ok_json(sqlite_url, "poll", "--all")
    assert (polled["polled"], polled["updated"], polled["errors"]) == (1, 1, [])
    assert polled["new_events"] == len(served["shipments"][0]["events"])
    assert httpserver.log[0][0].headers["DHL-API-Key"] == "test-key"
    shown = ok_json(sqlite_url, "orders", "show", "A-1001")
    assert shown["status"] == "delivered"
    shipment = shown["shipments"][0]
    assert shipment["status"] == "delivered" and len(shipment["events"]) == polled["new_events"]
    again = ok_json(sqlite_url, "poll", "--once")  # delivered: nothing is due any more
    assert again["polled"] == 0


def test_a_bad_carrier_call_is_refused_in_one_sentence(sqlite_url: str) -> None:
    unknown = run(sqlite_url, "carriers", "set", "pigeon", "--enable")
    assert unknown.returncode == 1 and "pigeon" in unknown.stderr
    bad_url = run(sqlite_url, "carriers", "set", "ups", "--base-url", "ftp://x")
    assert bad_url.returncode == 1 and "base_url" in bad_url.stderr
    assert run(sqlite_url, "poll", "--watch", "--json").returncode == 2


def test_shipping_mails_the_customer_through_the_mail_server_set_on_the_command_line(sqlite_url: str) -> None:
    from aiosmtpd.controller import Controller

    from tests.integration.test_notifications import Inbox, _free_port

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=_free_port(), auth_require_tls=False)
    controller.start()
    try:
        assert run(sqlite_url, "outbox", "send").returncode == 2  # no mail server yet: said, nothing lost
        set_up = run(sqlite_url, "mail", "set", "--host", "127.0.0.1", "--port", str(controller.port),
                     "--security", "none", "--from", "shop@example.cn")
        assert set_up.returncode == 0, set_up.stderr
        assert run(sqlite_url, "import", "products", str(FIXTURES / "products.csv")).returncode == 0
        run(sqlite_url, "import", "orders", str(FIXTURES / "orders_ok.csv"))
        ok_json(sqlite_url, "orders", "allocate", "A-1001")
        ok_json(sqlite_url, "orders", "pack", "A-1001")
        ok_json(sqlite_url, "ship", "A-1001", "--carrier", "sf_express", "--tracking", "SF1234567890123")
        sent = ok_json(sqlite_url, "outbox", "send")
        assert sent == {"sent": 1, "failed": 0, "gave_up": 0, "configured": True}
        assert ok_json(sqlite_url, "outbox", "send")["sent"] == 0  # never twice
        message = inbox.messages[0]
        assert message["To"] == "wang.fang@example.cn" and "A-1001" in message["Subject"]
        assert "SF1234567890123" in message.get_content()
    finally:
        controller.stop()
