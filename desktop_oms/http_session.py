"""A `requests.Session` for the carriers and the web shop that reads the environment once per host.

A plain session looks at the environment on every request: it walks every variable for proxies and
`no_proxy`, and looks for `~/.netrc` (three `stat` calls). Under the tracking poller — thousands of
requests from a few threads sharing the interpreter lock — that was a tenth of the run. This session
reads the proxy variables and the CA-bundle variables the first time it meets a scheme and host, and
keeps the answer; `.netrc` is never read (the carriers and shops sign in with their own headers).
What a caller passes explicitly (proxies, verify) still wins, as with `requests`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.utils import get_environ_proxies


class EnvironmentOnceSession(requests.Session):
    def __init__(self) -> None:
        super().__init__()
        self.trust_env = False  # the environment comes from _environment_for() below, once per host
        self._environment: dict[tuple[str, str], tuple[dict[str, str], str | None]] = {}
        self._lock = threading.Lock()

    def _environment_for(self, url: str) -> tuple[dict[str, str], str | None]:
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc)
        with self._lock:
            found = self._environment.get(key)
            if found is None:
                proxies = {k: v for k, v in get_environ_proxies(url).items() if k != "no"}
                bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
                found = self._environment[key] = (proxies, bundle)
            return found

    def merge_environment_settings(self, url: str | bytes | None, proxies: Mapping[str, str] | None,
                                   stream: bool | None, verify: bool | str | None,
                                   cert: Any) -> dict[str, Any]:
        """As `requests` does with `trust_env`, from what was read for this host the first time."""
        text = url.decode() if isinstance(url, bytes) else (url or "")
        environment_proxies, bundle = self._environment_for(text)
        merged = dict(environment_proxies)
        merged.update(proxies or {})
        if verify is True or verify is None:
            verify = bundle or verify
        return super().merge_environment_settings(url, merged, stream, verify, cert)  # type: ignore[arg-type]
