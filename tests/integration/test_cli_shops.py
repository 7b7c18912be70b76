"""`shops set woocommerce` and `shops sync` as other programs meet them: exit codes, one JSON document."""

from __future__ import annotations

import json

from tests.integration.test_cli import run
from tests.integration.woo_shop import KEY, SECRET, WooShop, fixture_orders, woo, woo_server

__all__ = ["woo", "woo_server"]  # the fixtures


def test_setting_the_shop_then_syncing_prints_one_json_document(db_url: str, woo: WooShop) -> None:
    woo.add(*fixture_orders())
    saved = run(db_url, "shops", "set", "woocommerce", "--url", woo.url, "--key", KEY, "--secret", SECRET, "--json")
    assert saved.returncode == 0, saved.stderr
    assert json.loads(saved.stdout) | {"secret_in": "?"} == {"shop": "woocommerce", "url": woo.url, "enabled": True,
                                                              "configured": True, "secret_in": "?"}
    assert SECRET not in saved.stdout

    synced = run(db_url, "shops", "sync", "--json")

    assert synced.returncode == 0, synced.stderr
    document = json.loads(synced.stdout)
    assert {k: document[k] for k in ("created", "updated", "skipped", "pushed", "errors")} == {
        "created": 6, "updated": 0, "skipped": 0, "pushed": 0, "errors": []}
    shown = json.loads(run(db_url, "orders", "show", "WC-1001", "--json").stdout)
    assert shown["ship_to"]["province"] == "浙江" and shown["payment_method"] == "alipay"
    again = json.loads(run(db_url, "shops", "sync", "--json").stdout)
    assert (again["created"], again["skipped"]) == (0, 1)


def test_a_shop_that_is_down_exits_2_and_says_why_in_one_sentence(db_url: str, woo: WooShop) -> None:
    run(db_url, "shops", "set", "woocommerce", "--url", woo.url, "--key", KEY, "--secret", SECRET)
    woo.script += [(503, {}, "down")] * 4

    synced = run(db_url, "shops", "sync", "--json")

    assert synced.returncode == 2
    assert json.loads(synced.stdout)["errors"] == [{"external_id": "", "order_no": "",
                                                    "message": "server error (503)"}]
    assert synced.stderr.strip() == "desktop-oms: woocommerce: server error (503)"


def test_a_bad_secret_exits_2_without_showing_it(db_url: str, woo: WooShop) -> None:
    run(db_url, "shops", "set", "woocommerce", "--url", woo.url, "--key", KEY, "--secret", "cs_wrong")

    synced = run(db_url, "shops", "sync")

    assert synced.returncode == 2 and "cs_wrong" not in synced.stderr + synced.stdout
    assert "consumer key or secret was refused (401, woocommerce_rest_cannot_view)" in synced.stderr


def test_syncing_without_a_shop_or_setting_it_without_the_right_is_refused(db_url: str) -> None:
    assert run(db_url, "shops", "sync").returncode == 2
    bad = run(db_url, "shops", "set", "woocommerce", "--url", "ftp://shop", "--key", KEY, "--secret", SECRET)
    assert bad.returncode == 1 and "url" in bad.stderr
