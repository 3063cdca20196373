#!/usr/bin/env bash
# Installs npm dependencies when node_modules is missing or older than package-lock.json.
# With a lockfile it is `npm ci`: exactly the committed tree, never a rewritten lockfile
# (npm ci refuses a lockfile that is out of step with package.json; fix that with
# `npm install` and commit the lockfile). Fails when the install changed the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=node_modules/.pao-installed
lock=package-lock.json
lock_digest() { if [ -f "$lock" ]; then sha256sum "$lock" | cut -d' ' -f1; else echo none; fi; }

if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  before="$(lock_digest)"
  if [ -f "$lock" ]; then
    echo "[deps] npm ci" >&2
    npm ci --no-audit --no-fund --loglevel=error
  else
    echo "[deps] npm install (no $lock yet: it is created; commit it)" >&2
    npm install --no-audit --no-fund --loglevel=error
  fi
  after="$(lock_digest)"
  if [ "$before" != none ] && [ "$before" != "$after" ]; then
    echo "[deps] the install changed $lock; two machines would install different trees." >&2
    echo "[deps] Run 'npm install', review and commit $lock (git diff $lock)." >&2
    exit 1
  fi
  touch "$stamp"
fi
