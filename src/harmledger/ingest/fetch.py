"""http(s) URLs: fetched with httpx, with a timeout and a size limit enforced while streaming."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import httpx

from .. import __version__
from .._errors import EmptyInputError, FetchError, InputTooLargeError

logger = logging.getLogger(__name__)


@dataclass
class Fetched:
    url: str  # after redirects
    data: bytes
    media_type: str | None
    charset: str | None


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float, max_bytes: int, client: httpx.Client | None = None) -> Fetched:
    """The body of ``url``; FetchError on an HTTP error, a timeout or a connection failure."""
    own = client is None
    client = client or new_client(timeout)
    deadline = time.monotonic() + timeout
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise InputTooLargeError(url, f"{declared} bytes is over the limit of {max_bytes} (--max-bytes)")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InputTooLargeError(url, f"more than {max_bytes} bytes, the limit (--max-bytes)")
                chunks.append(chunk)
                # httpx's timeout is per read; a server that trickles bytes must not hold the batch.
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("the whole response took too long")
            content_type = response.headers.get("content-type")
            final_url = str(response.url)
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out after {timeout:g} s (HARMLEDGER_FETCH_TIMEOUT)") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"cannot fetch it ({type(exc).__name__}: {exc})") from exc
    finally:
        if own:
            client.close()
    data = b"".join(chunks)
    if not data.strip():
        raise EmptyInputError(url, "the server sent an empty body")
    media_type, charset = _split_content_type(content_type)
    return Fetched(url=final_url, data=data, media_type=media_type, charset=charset)


def new_client(timeout: float) -> httpx.Client:
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        headers={"User-Agent": f"harmledger/{__version__} (+https://github.com/harmledger)"},
    )


def _split_content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(";")]
    charset = None
    for part in parts[1:]:
        key, _, val = part.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return parts[0].lower() or None, charset
