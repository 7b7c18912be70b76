"""The carriers' and shops' session reads the environment once per host, as requests would read it."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from desktop_oms.http_session import EnvironmentOnceSession


def test_a_host_in_no_proxy_is_asked_directly_and_the_answer_comes_back(
        httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    httpserver.expect_request("/ping").respond_with_json({"ok": True})
    session = EnvironmentOnceSession()
    assert session.get(httpserver.url_for("/ping"), timeout=5).json() == {"ok": True}
    assert session.get(httpserver.url_for("/ping"), timeout=5).json() == {"ok": True}


def test_the_proxy_variables_are_followed_and_read_once_per_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/shop-ca.pem")
    session = EnvironmentOnceSession()
    settings = session.merge_environment_settings("https://api.carrier.example/track", {}, None, None, None)
    assert settings["proxies"]["https"] == "http://proxy.example:3128"
    assert settings["verify"] == "/etc/ssl/certs/shop-ca.pem"
    monkeypatch.setenv("HTTPS_PROXY", "http://elsewhere.example:8080")  # read once: the host's answer is kept
    again = session.merge_environment_settings("https://api.carrier.example/other", {}, None, None, None)
    assert again["proxies"]["https"] == "http://proxy.example:3128"
    explicit = session.merge_environment_settings("https://api.carrier.example/x", {"https": "http://mine:1"},
                                                  None, False, None)
    assert explicit["proxies"]["https"] == "http://mine:1" and explicit["verify"] is False  # the caller's word wins


def test_no_netrc_is_looked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    import requests.utils

    def forbidden(*_args: object, **_kwargs: object) -> None:
        raise AssertionError(".netrc was read")

    monkeypatch.setattr(requests.sessions, "get_netrc_auth", forbidden)
    session = EnvironmentOnceSession()
    prepared = session.prepare_request(requests.Request("GET", "https://api.carrier.example/track"))
    assert "Authorization" not in prepared.headers
