"""Originals kept byte-for-byte, addressed by their SHA-256, never altered."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from .._errors import NotFoundError, StoreError


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, digest: str) -> Path:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise NotFoundError(f"not a SHA-256 digest: {digest!r}")
        return self.root / digest[:2] / digest[2:4] / digest

    def put(self, data: bytes) -> str:
        """Store bytes; returns their digest. Written to a temporary file and renamed, so a killed
        process never leaves a partial blob under a digest name."""
        digest = sha256_hex(data)
        path = self.path_for(digest)
        if path.exists():
            return digest
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o444)
            os.replace(tmp, path)
        except OSError as exc:
            raise StoreError(f"cannot write to the blob store {self.root}: {exc}") from exc
        return digest

    def get(self, digest: str) -> bytes:
        path = self.path_for(digest)
        try:
            data = path.read_bytes()
        except FileNotFoundError as exc:
            raise NotFoundError(f"no original stored for {digest}") from exc
        if sha256_hex(data) != digest:
            raise StoreError(f"the original {digest} in {self.root} has been altered")
        return data

    def exists(self, digest: str) -> bool:
        return self.path_for(digest).exists()
