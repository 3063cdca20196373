#!/usr/bin/env bash
# The one start command (npm start): installs what is missing, starts the local
# servers, builds, migrates, seeds demo data and runs every app until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
if curl -sf -m 1 -o /dev/null http://127.0.0.1:4100/health; then
  echo "[start] the apps are already running (gateway on http://127.0.0.1:4100); stop that run with Ctrl-C first." >&2
  exit 0
fi
bash scripts/ensure-deps.sh
bash infra/local/up.sh
echo "[start] building" >&2
npx swc apps libs bench scripts -d dist --config-file .swcrc -q
bash apps/web/build.sh
# Random secrets, made once per checkout in .state/secrets.env (no defaults anywhere).
node dist/scripts/local-secrets.js
node dist/scripts/migrate.js
[ -f dist/scripts/seed.js ] && node dist/scripts/seed.js
exec node dist/scripts/run-apps.js
