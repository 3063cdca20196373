#!/usr/bin/env bash
# Builds the web UI into apps/web/dist, but only when a source is newer than the last
# build (keeps `npm start` and the e2e setup fast). `--force` always builds.
set -euo pipefail
cd "$(dirname "$0")/../.."
stamp=apps/web/dist/index.html
if [ "${1:-}" != "--force" ] && [ -f "$stamp" ] \
  && [ -z "$(find apps/web/src apps/web/index.html apps/web/vite.config.mts package-lock.json -newer "$stamp" -print -quit)" ]; then
  exit 0
fi
echo "[web] building the web UI into apps/web/dist" >&2
# NODE_ENV decides which React build is bundled: always the production one here
# (jest runs this with NODE_ENV=test).
NODE_ENV=production node_modules/.bin/vite build apps/web --logLevel warn
