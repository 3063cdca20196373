#!/usr/bin/env bash
# The one test command (npm test): installs what is missing, starts the real local
# servers, then lint, type check and every jest project. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# Chromium (Debian package) drives the browser tests of apps/web; promtool checks the alert rules.
PAO_WITH_CHROMIUM=1 PAO_WITH_PROMTOOL=1 bash infra/local/up.sh
echo "[test] lint" >&2
npx eslint . --max-warnings=0
echo "[test] architecture boundaries (dependency-cruiser)" >&2
npm run --silent lint:boundaries
echo "[test] type check" >&2
npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/web/tsconfig.json --noEmit
npx tsc -p apps/web/tsconfig.node.json --noEmit
npx tsc -p apps/web/test/tsconfig.json --noEmit
echo "[test] jest (unit, integration, e2e)" >&2
PAO_SKIP_INFRA=1 npx jest "$@"
