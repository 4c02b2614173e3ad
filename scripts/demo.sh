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

# How to log in. A fresh store gets an administrator "admin" whose generated password is printed once
# (by `users add`, and stored nowhere); on a later run the account exists and only the reset command is shown.
url="http://${HOST:-127.0.0.1}:${PORT:-8000}/"
home_prefix=""
[ "$HARMLEDGER_HOME" = "$PWD/.harmledger" ] || home_prefix="HARMLEDGER_HOME=$HARMLEDGER_HOME "
echo
if $hl users list --json | grep -q '"username": "admin"'; then
  echo "Log in at ${url}login as 'admin': the account exists already (its password was shown when it was made)."
  echo "Forgot it? Set a new one with: ${home_prefix}$hl users passwd admin"
else
  $hl users add admin --role admin --generate-password
  echo "Log in at ${url}login as 'admin' with that password."
fi
echo "Add accounts for others with: ${home_prefix}$hl users add NAME --role analyst (or admin, viewer)"
echo "Serving on ${url} (Ctrl-C to stop)"
exec $hl serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"
