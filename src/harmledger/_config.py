"""Settings, read from the environment (``HARMLEDGER_*``) with defaults for one laptop."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting harmledger reads. Each is documented in docs/settings.md (a test checks)."""

    model_config = SettingsConfigDict(env_prefix="HARMLEDGER_", extra="ignore")

    home: Path = Field(default=Path(".harmledger"), description="Data directory: SQLite file and blob store.")
    db: str | None = Field(default=None, description="Database URL; default a SQLite file in the data directory.")
    max_input_bytes: int = Field(default=50 * 1024 * 1024, description="Largest input accepted by ingest, in bytes.")
    fetch_timeout: float = Field(default=20.0, description="Seconds before a URL fetch gives up.")
    secret_key: str | None = Field(default=None, description="Key that signs session cookies; generated and kept in the data directory when unset.")
    public_mode: bool = Field(default=False, description="Serve a read-only public view that hides restricted material.")
    tile_url: str | None = Field(default=None, description="Online map tile URL template; the offline base layer is used when unset.")
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, description="Largest file accepted by the web upload form, in bytes.")
    audit_key: SecretStr | None = Field(default=None, description="Key (at least 32 characters) that signs audit entries (HMAC-SHA256); wins over the key file.")
    audit_key_file: Path | None = Field(default=None, description="File holding the audit key; default audit.key in the data directory, created with mode 0600 when missing.")
    db_busy_timeout: float = Field(default=30.0, description="Seconds a write waits for other writers to finish before it gives up (SQLite busy timeout, PostgreSQL lock timeout of the server's writes).")
    cache_reuse_seconds: float = Field(default=0.0, description="Seconds the server may keep serving map data, statistics, facets and list ids computed before the latest writes; 0 recomputes them on the first read after every write.")
    trusted_proxies: str = Field(default="", description="Comma-separated addresses or networks of reverse proxies whose X-Forwarded-For header is believed; none by default.")

    @property
    def blob_dir(self) -> Path:
        return self.home / "blobs"

    def database_url(self) -> str:
        if self.db:
            return normalise_db_url(self.db)
        return f"sqlite:///{(self.home / 'harmledger.sqlite').resolve()}"


def normalise_db_url(url: str) -> str:
    """Accept the URL forms users type and pick the psycopg 3 driver for PostgreSQL."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    if "://" not in url:
        # A bare path means a SQLite file.
        url = f"sqlite:///{Path(url).resolve()}"
    return url


def get_settings(**overrides: object) -> Settings:
    return Settings(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]
