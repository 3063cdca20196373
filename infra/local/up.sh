#!/usr/bin/env bash
# Starts PostgreSQL, Redis and RabbitMQ on 127.0.0.1 with data under .state/,
# installing them first when missing. Waits until each really answers.
# Running it again while they run changes nothing.
set -euo pipefail
here="$(dirname "$0")"
source "$here/env.sh"
"$here/install.sh"
mkdir -p "$STATE"

as_postgres() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
psql_admin() { as_postgres "$PG_BIN/psql" -h "$PG_DATA" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

# PostgreSQL runs as the postgres user, which must be able to reach the data folder. When
# the checkout lies under a folder it cannot enter (e.g. /root), keep the data in
# /var/lib/postgresql instead and link it from .state/.
place_postgres_data() {
  [ "$(id -u)" = 0 ] || return 0
  [ -L "$PG_DATA" ] && { PG_DATA="$(readlink -f "$PG_DATA")"; return 0; }
  if ! runuser -u postgres -- test -x "$STATE" 2>/dev/null; then
    local elsewhere="/var/lib/postgresql/pao-$(printf '%s' "$ROOT" | md5sum | cut -c1-8)"
    log "postgres cannot enter $STATE; keeping its data in $elsewhere (linked from .state/postgres)"
    mkdir -p "$elsewhere" && chown postgres:postgres "$elsewhere"
    [ -e "$PG_DATA" ] || ln -s "$elsewhere" "$PG_DATA"
    PG_DATA="$elsewhere"
  fi
}

start_postgres() {
  place_postgres_data
  if as_postgres "$PG_BIN/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; then
    log "PostgreSQL already running on 127.0.0.1:$PG_PORT"
  elif "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" -q; then
    # Another checkout of the project already serves this port: use it.
    log "PostgreSQL of another checkout answers on 127.0.0.1:$PG_PORT; using it"
    return
  else
    if [ ! -s "$PG_DATA/PG_VERSION" ]; then
      log "initialising PostgreSQL in $PG_DATA"
      mkdir -p "$PG_DATA"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DATA"
      chmod 700 "$PG_DATA"
      as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >/dev/null
      cat >> "$PG_DATA/postgresql.conf" <<CONF
# passend-onderwijs local settings
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_DATA'
max_connections = 300
shared_buffers = 256MB
log_min_messages = warning
CONF
    fi
    log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    as_postgres setsid "$PG_BIN/pg_ctl" start -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 >/dev/null
  fi
  wait_for PostgreSQL "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" -q
  if [ "$(psql_admin -c "select 1 from pg_roles where rolname = '$PG_USER'")" != 1 ]; then
    psql_admin -c "create role $PG_USER login createdb password '$PG_PASSWORD'"
  fi
  # Tests drop their databases WITH (FORCE), which must also end autovacuum workers.
  psql_admin -c "grant pg_signal_backend to $PG_USER" 2>/dev/null
  if [ "$(psql_admin -c "select 1 from pg_database where datname = '$PG_DB'")" != 1 ]; then
    psql_admin -c "create database $PG_DB owner $PG_USER"
  fi
}

start_redis() {
  mkdir -p "$REDIS_DIR"
  if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
    log "Redis already running on 127.0.0.1:$REDIS_PORT"; return
  fi
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  # A job queue must not lose or evict jobs: AOF persistence on, no eviction.
  setsid redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --protected-mode yes \
    --dir "$REDIS_DIR" --appendonly yes --appendfsync everysec \
    --maxmemory-policy noeviction --daemonize yes \
    --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log"
  wait_for Redis sh -c "redis-cli -h 127.0.0.1 -p $REDIS_PORT ping | grep -q PONG"
}

start_rabbitmq() {
  mkdir -p "$RABBIT_DIR/log" "$RABBIT_DIR/mnesia"
  rabbit_env
  local sbin; sbin="$(rabbit_sbin)"
  if "$sbin/rabbitmqctl" -q status >/dev/null 2>&1; then
    log "RabbitMQ already running on 127.0.0.1:$RABBIT_PORT"; return
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$RABBIT_PORT") 2>/dev/null; then
    log "RabbitMQ of another checkout answers on 127.0.0.1:$RABBIT_PORT; using it"; return
  fi
  # The default user, vhost and permissions are created on first boot only: no guest.
  cat > "$RABBIT_DIR/rabbitmq.conf" <<CONF
listeners.tcp.default = 127.0.0.1:$RABBIT_PORT
management.tcp.ip = 127.0.0.1
management.tcp.port = $RABBIT_MGMT_PORT
default_vhost = $RABBIT_VHOST
default_user = $RABBIT_USER
default_pass = $RABBIT_PASSWORD
default_user_tags.administrator = true
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
log.console = false
log.file.level = warning
CONF
  echo '[rabbitmq_management].' > "$RABBIT_DIR/enabled_plugins"
  log "starting RabbitMQ on 127.0.0.1:$RABBIT_PORT (management on :$RABBIT_MGMT_PORT)"
  setsid "$sbin/rabbitmq-server" > "$RABBIT_DIR/log/stdout.log" 2>&1 < /dev/null &
  WAIT_SECONDS=90 wait_for RabbitMQ "$sbin/rabbitmqctl" -q await_startup --timeout 5
}

start_postgres
start_redis
start_rabbitmq
log "ready: postgres 127.0.0.1:$PG_PORT, redis 127.0.0.1:$REDIS_PORT, rabbitmq 127.0.0.1:$RABBIT_PORT"
