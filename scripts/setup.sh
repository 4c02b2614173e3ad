#!/usr/bin/env bash
# Set up a development environment from the project's own files: a virtualenv with harmledger and its
# dependencies, and (with --test) Debian's chromium for the browser tests and a running PostgreSQL.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
extras="."
[[ $want_test == 1 ]] && extras=".[test]"
stamp=".venv/.harmledger-installed-$(sha256sum pyproject.toml | cut -c1-16)-$want_test"
if [[ ! -f "$stamp" ]]; then
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
  .venv/bin/python -m pip install --quiet -e "$extras"
  touch "$stamp"
fi

if [[ $want_test == 1 ]]; then
  if [[ ! -x /usr/bin/chromium ]]; then
    if [[ $(id -u) == 0 ]]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "Browser tests need Debian's chromium: run 'sudo apt-get install chromium'." >&2
    fi
  fi
  if ! command -v pg_ctlcluster >/dev/null && [[ $(id -u) == 0 ]]; then
    # A machine without PostgreSQL: install Debian's and let local test connections in without a
    # password, as on the development machines (the server listens on localhost only).
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    hba=$(ls /etc/postgresql/*/main/pg_hba.conf | head -n1)
    sed -i -E 's/^(host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1\/32[[:space:]]+)[a-z0-9-]+/\1trust/' "$hba"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main reload 2>/dev/null || true
  fi
  if command -v pg_isready >/dev/null && ! pg_isready -q -h 127.0.0.1 -p 5432; then
    if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
    fi
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
fi
