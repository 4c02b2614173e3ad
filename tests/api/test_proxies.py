"""X-Forwarded-For is believed only from configured proxies: a client cannot pick a fresh address for
every login guess and so never reach the per-address limit."""

from __future__ import annotations

import warnings

import pytest

from harmledger._errors import ConfigError
from harmledger.api import create_app
from harmledger.api.proxies import TrustedProxies
from harmledger.api.throttle import LoginThrottle, ThrottleRule
from harmledger.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


def test_no_proxy_is_trusted_by_default() -> None:
    proxies = TrustedProxies("")
    assert proxies.client("203.0.113.9", ["198.51.100.1"]) == "203.0.113.9"
    assert proxies.client("127.0.0.1", ["198.51.100.1"]) == "127.0.0.1"


def test_a_trusted_proxy_names_the_client_read_from_the_right() -> None:
    proxies = TrustedProxies("10.0.0.0/8, 192.0.2.7")
    # The proxy appended the address it saw; what the client wrote further left proves nothing.
    assert proxies.client("10.1.2.3", ["6.6.6.6, 198.51.100.1"]) == "198.51.100.1"
    # A chain of trusted proxies is skipped, as are several header lines.
    assert proxies.client("192.0.2.7", ["6.6.6.6", "198.51.100.1, 10.9.9.9"]) == "198.51.100.1"
    assert proxies.client("10.1.2.3", []) == "10.1.2.3"
    # Not from a trusted proxy: the header is ignored.
    assert proxies.client("203.0.113.9", ["198.51.100.1"]) == "203.0.113.9"


def test_a_wrong_proxy_setting_says_what_to_write() -> None:
    with pytest.raises(ConfigError, match="not an IP address or network"):
        TrustedProxies("10.0.0.0/8, proxy.example")


def _client(store: Store, peer: str, **settings: object) -> TestClient:
    app = create_app(store, store.settings.model_copy(update=settings))
    app.state.login_throttle = LoginThrottle(ThrottleRule(100, 900, 900), ThrottleRule(3, 900, 900))
    return TestClient(app, base_url="http://testserver", client=(peer, 50000))


def test_a_forged_forwarded_for_does_not_escape_the_per_address_limit(filled: Store) -> None:
    with _client(filled, "203.0.113.9") as client:
        statuses = [client.post("/api/auth/login", json={"username": f"user{k}", "password": "guess-123"},
                                headers={"X-Forwarded-For": f"198.51.100.{k}"}).status_code for k in range(4)]
    assert statuses == [401, 401, 401, 429]


def test_behind_a_configured_proxy_each_client_address_counts_apart(filled: Store) -> None:
    with _client(filled, "10.0.0.2", trusted_proxies="10.0.0.0/24") as client:
        for k in range(3):
            r = client.post("/api/auth/login", json={"username": f"user{k}", "password": "guess-123"},
                            headers={"X-Forwarded-For": "198.51.100.1"})
            assert r.status_code == 401
        locked = client.post("/api/auth/login", json={"username": "y", "password": "guess-123"},
                             headers={"X-Forwarded-For": "198.51.100.1"})
        other = client.post("/api/auth/login", json={"username": "z", "password": "guess-123"},
                            headers={"X-Forwarded-For": "198.51.100.2"})
    # The proxy's own address is not locked: only the client behind it that failed three times.
    assert (locked.status_code, other.status_code) == (429, 401)
