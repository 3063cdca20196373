#!/usr/bin/env bash
# Installs PostgreSQL 15, Redis 7 and RabbitMQ 3.10 from Debian packages when missing
# (and, for the tests, chromium and promtool).
set -euo pipefail
source "$(dirname "$0")/env.sh"

missing=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql-15 postgresql-client-15)
command -v redis-server >/dev/null || missing+=(redis-server)
[ -n "$(rabbit_sbin)" ] || missing+=(rabbitmq-server)
[ "${PAO_WITH_CHROMIUM:-0}" = 1 ] && { command -v chromium >/dev/null || missing+=(chromium); }
# promtool (in Debian's prometheus package) checks the alert rules in the tests; the server is not started.
[ "${PAO_WITH_PROMTOOL:-0}" = 1 ] && { command -v promtool >/dev/null || missing+=(prometheus); }

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then log "missing packages (${missing[*]}); run as root to install them"; exit 1; fi
log "installing ${missing[*]} (once)"
export DEBIAN_FRONTEND=noninteractive
# Keep Debian's post-install scripts from starting the default system services.
# (Only when the machine has no policy of its own, which is then left as it is.)
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
