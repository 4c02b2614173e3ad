#!/usr/bin/env bash
# The whole test suite: lint, types, then pytest against a real SQLite file, the PostgreSQL server,
# Chromium and a local Dask cluster. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/ruff check src tests benchmarks scripts
.venv/bin/mypy
.venv/bin/python -m pytest -n 2 "$@"
