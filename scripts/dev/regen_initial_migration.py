"""Regenerate the initial Alembic revision from the models (only before the first release).

Once a store exists in the wild, add new revisions instead:
    alembic -c <cfg> revision --autogenerate -m "what changed"
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from harmledger.store.db import MIGRATIONS_DIR, alembic_config

versions = MIGRATIONS_DIR / "versions"
for old in versions.glob("0001_*.py"):
    old.unlink()
with tempfile.TemporaryDirectory() as tmp:
    cfg = alembic_config(f"sqlite:///{Path(tmp) / 'empty.sqlite'}")
    command.revision(cfg, message="initial schema", autogenerate=True, rev_id="0001")
print("regenerated", *versions.glob("0001_*.py"))
