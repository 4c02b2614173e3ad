from __future__ import annotations

import pytest

from harmledger._errors import FetchError, InputTooLargeError
from harmledger.ingest.fetch import fetch, is_url

from .conftest import LocalServer, Route


def test_fetches_body_and_type(http_server: LocalServer) -> None:
    http_server.routes["/a"] = Route(body="Rapport: café".encode("latin-1"), content_type="text/plain; charset=ISO-8859-1")
    fetched = fetch(http_server.url("/a"), timeout=5, max_bytes=1000)
    assert fetched.data == "Rapport: café".encode("latin-1")
    assert fetched.media_type == "text/plain" and fetched.charset == "ISO-8859-1"


def test_http_error_is_a_fetch_error(http_server: LocalServer) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(http_server.url("/missing"), timeout=5, max_bytes=1000)


def test_slow_server_times_out(http_server: LocalServer) -> None:
    http_server.routes["/slow"] = Route(body=b"late", delay=2.0)
    with pytest.raises(FetchError, match="timed out"):
        fetch(http_server.url("/slow"), timeout=0.3, max_bytes=1000)


def test_size_limit(http_server: LocalServer) -> None:
    http_server.routes["/big"] = Route(body=b"x" * 5000)
    with pytest.raises(InputTooLargeError):
        fetch(http_server.url("/big"), timeout=5, max_bytes=1000)


def test_unreachable_server() -> None:
    with pytest.raises(FetchError, match="cannot fetch"):
        fetch("http://127.0.0.1:9/", timeout=2, max_bytes=1000)


def test_is_url() -> None:
    assert is_url("HTTPS://example.org") and not is_url("example.org/a.html") and not is_url("ftp://x")
