#!/usr/bin/env bash
# Stops the local servers started by up.sh. Their data stays in .state/.
set -uo pipefail
source "$(dirname "$0")/env.sh"
[ -L "$PG_DATA" ] && PG_DATA="$(readlink -f "$PG_DATA")"
as_postgres() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }

if [ -x "$PG_BIN/pg_ctl" ] && [ -s "$PG_DATA/PG_VERSION" ] && as_postgres "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; then
  log "stopping PostgreSQL"; as_postgres "$PG_BIN/pg_ctl" stop -D "$PG_DATA" -m fast -w >/dev/null
fi
if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
  log "stopping Redis"; redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown >/dev/null 2>&1 || true
fi
sbin="$(rabbit_sbin)"
if [ -n "$sbin" ]; then
  rabbit_env
  if "$sbin/rabbitmqctl" -q status >/dev/null 2>&1; then
    log "stopping RabbitMQ"; "$sbin/rabbitmqctl" -q stop >/dev/null 2>&1 || true
  fi
  command -v epmd >/dev/null && epmd -port "$RABBIT_EPMD_PORT" -kill >/dev/null 2>&1 || true
fi
