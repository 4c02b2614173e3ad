"""Login throttling: per username and per address, a lockout that refuses even the right password,
and its end after the lockout window; through the JSON API and the login form."""

from __future__ import annotations

from harmledger.api.throttle import LoginThrottle, ThrottleRule
from harmledger.store import Store
from tests.api import sampledata
from tests.api.apiclient import make_client


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_username_locks_after_the_limit_and_unlocks_after_the_window() -> None:
    clock = FakeClock()
    throttle = LoginThrottle(ThrottleRule(3, 60, 300), ThrottleRule(100, 60, 300), clock=clock)
    for _ in range(2):
        throttle.failed("Alice", "10.0.0.1")
    assert throttle.retry_after("alice", "10.0.0.9") == 0
    throttle.failed("alice ", "10.0.0.2")  # the same name, whatever its case and spaces, from anywhere
    assert throttle.retry_after("ALICE", "10.0.0.9") == 300
    assert throttle.retry_after("bob", "10.0.0.9") == 0
    clock.now += 301
    assert throttle.retry_after("alice", "10.0.0.9") == 0


def test_failures_outside_the_window_do_not_count() -> None:
    clock = FakeClock()
    throttle = LoginThrottle(ThrottleRule(3, 60, 300), ThrottleRule(100, 60, 300), clock=clock)
    for _ in range(2):
        throttle.failed("alice", "ip")
    clock.now += 61
    throttle.failed("alice", "ip")
    assert throttle.retry_after("alice", "ip") == 0


def test_address_locks_whatever_names_it_tries_and_success_does_not_reset_it() -> None:
    clock = FakeClock()
    throttle = LoginThrottle(ThrottleRule(100, 60, 300), ThrottleRule(4, 60, 120), clock=clock)
    for name in ("a", "b", "c"):
        throttle.failed(name, "10.0.0.1")
    throttle.succeeded("d")
    throttle.failed("e", "10.0.0.1")
    assert throttle.retry_after("anyone", "10.0.0.1") == 120
    assert throttle.retry_after("anyone", "10.0.0.2") == 0


def test_success_clears_the_usernames_count() -> None:
    throttle = LoginThrottle(ThrottleRule(3, 60, 300), ThrottleRule(100, 60, 300), clock=FakeClock())
    throttle.failed("alice", "ip")
    throttle.failed("alice", "ip")
    throttle.succeeded("alice")
    throttle.failed("alice", "ip")
    assert throttle.retry_after("alice", "ip") == 0


def test_memory_stays_bounded() -> None:
    throttle = LoginThrottle(max_keys=100, clock=FakeClock())
    for k in range(1000):
        throttle.failed(f"user{k}", f"ip{k}")
    assert len(throttle._tracks) <= 101


def test_api_and_form_refuse_a_locked_account_even_with_the_right_password(filled: Store) -> None:
    with make_client(filled) as client:
        client.app.state.login_throttle = LoginThrottle(ThrottleRule(3, 900, 900), ThrottleRule(50, 900, 900))  # type: ignore[attr-defined]
        for _ in range(3):
            r = client.post("/api/auth/login", json={"username": "analyst", "password": "guess-123"})
            assert r.status_code == 401
        right = {"username": "analyst", "password": sampledata.PASSWORDS["analyst"]}
        r = client.post("/api/auth/login", json=right)
        assert r.status_code == 429 and r.json()["error"]["code"] == "too_many_requests"
        assert "try again in" in r.json()["error"]["message"]
        assert client.get("/api/auth/me").status_code == 401  # not logged in
        page = client.get("/login").text
        csrf = page.split('name="csrf_token" value="')[1].split('"')[0]
        r = client.post("/login", data={**right, "csrf_token": csrf}, follow_redirects=False)
        assert r.status_code == 429 and "too many failed logins" in r.text
        # Other accounts are not locked by one account's failures.
        r = client.post("/api/auth/login", json={"username": "viewer", "password": sampledata.PASSWORDS["viewer"]})
        assert r.status_code == 200


def test_the_default_throttle_locks_after_five_failures(filled: Store) -> None:
    with make_client(filled) as client:
        statuses = [client.post("/api/auth/login", json={"username": "admin", "password": f"guess-{k}"}).status_code
                    for k in range(6)]
        assert statuses == [401] * 5 + [429]
