#!/usr/bin/env bash
# The main job on the embedded default: ingest the bundled sample reports into a SQLite store,
# process them (extract, geocode, link), and serve the web application.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export HARMLEDGER_HOME=${HARMLEDGER_HOME:-$PWD/.harmledger}
hl=.venv/bin/harmledger
$hl init
$hl ingest src/harmledger/sample/reports.jsonl
$hl process
echo "Serving on http://${HOST:-127.0.0.1}:${PORT:-8000}/ (Ctrl-C to stop)"
exec $hl serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
