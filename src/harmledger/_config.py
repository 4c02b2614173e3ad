"""Settings, read from the environment (``HARMLEDGER_*``) with defaults for one laptop."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
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
