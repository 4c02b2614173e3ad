"""Login throttling: too many failed logins for one username, or from one address, lock it out for a while.

Kept in memory (one server process): a restart clears it, which is acceptable because the lockout only
has to make guessing passwords slow, and argon2 already makes every guess cost. While locked, even the
right password is refused, so a guesser cannot learn it by waiting for a success.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ThrottleRule:
    max_failures: int
    window_seconds: float
    lockout_seconds: float


@dataclass
class _Track:
    failures: deque[float] = field(default_factory=deque)
    locked_until: float = 0.0


class LoginThrottle:
    """Counts failed logins per username and per client address.

    ``per_user``: failures for one username (whoever sends them); ``per_ip``: failures from one address
    (whatever names it tries). Either reaching its limit within its window locks that key out.
    """

    def __init__(self, per_user: ThrottleRule | None = None, per_ip: ThrottleRule | None = None,
                 clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000) -> None:
        self.per_user = per_user or ThrottleRule(5, 15 * 60, 15 * 60)
        self.per_ip = per_ip or ThrottleRule(20, 15 * 60, 15 * 60)
        self._clock = clock
        self._max_keys = max_keys
        self._tracks: dict[str, _Track] = {}
        self._lock = threading.Lock()

    def _keys(self, username: str, ip: str) -> list[tuple[str, ThrottleRule]]:
        return [("u:" + username.strip().lower(), self.per_user), ("ip:" + ip, self.per_ip)]

    def retry_after(self, username: str, ip: str) -> float:
        """Seconds until this username and address may try again; 0 when they may now."""
        now = self._clock()
        with self._lock:
            waits = [t.locked_until - now for key, _ in self._keys(username, ip)
                     if (t := self._tracks.get(key)) is not None]
        return max([0.0, *waits])

    def failed(self, username: str, ip: str) -> None:
        now = self._clock()
        with self._lock:
            if len(self._tracks) >= self._max_keys:
                self._prune(now)
            for key, rule in self._keys(username, ip):
                track = self._tracks.setdefault(key, _Track())
                track.failures.append(now)
                while track.failures and track.failures[0] <= now - rule.window_seconds:
                    track.failures.popleft()
                if len(track.failures) >= rule.max_failures:
                    track.locked_until = now + rule.lockout_seconds
                    track.failures.clear()

    def succeeded(self, username: str) -> None:
        """A right password (outside a lockout) clears the username's count; the address keeps its count,
        so one valid account cannot be used to reset guessing at others."""
        with self._lock:
            self._tracks.pop("u:" + username.strip().lower(), None)

    def _prune(self, now: float) -> None:
        longest = max(self.per_user.window_seconds, self.per_ip.window_seconds)
        for key in [k for k, t in self._tracks.items()
                    if t.locked_until <= now and (not t.failures or t.failures[-1] <= now - longest)]:
            del self._tracks[key]
        if len(self._tracks) >= self._max_keys:  # still full of fresh keys: forget the oldest half
            for key in list(self._tracks)[: self._max_keys // 2]:
                del self._tracks[key]
