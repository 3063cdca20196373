# Shared settings of the local servers. Sourced by up.sh, down.sh and status.sh.
# Ports are project-specific so nothing clashes with servers a developer already runs.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${PAO_STATE_DIR:-$ROOT/.state}"

PG_PORT="${PAO_PG_PORT:-55432}"
PG_DATA="$STATE/postgres"
# Debian's PostgreSQL 15 (install.sh puts it there when missing).
PG_BIN=/usr/lib/postgresql/15/bin
PG_USER=pao
PG_PASSWORD=pao-local
PG_DB=pao

REDIS_PORT="${PAO_REDIS_PORT:-56379}"
REDIS_DIR="$STATE/redis"

RABBIT_PORT="${PAO_RABBIT_PORT:-55672}"
RABBIT_MGMT_PORT="${PAO_RABBIT_MGMT_PORT:-55673}"
RABBIT_DIST_PORT="${PAO_RABBIT_DIST_PORT:-55674}"
RABBIT_EPMD_PORT="${PAO_RABBIT_EPMD_PORT:-55675}"
RABBIT_DIR="$STATE/rabbitmq"
RABBIT_USER=pao
RABBIT_PASSWORD=pao-local
RABBIT_VHOST=pao

log() { printf '[infra] %s\n' "$*" >&2; }

# Wait until "$@" succeeds, up to $WAIT_SECONDS (default 60).
wait_for() {
  local what="$1"; shift
  local deadline=$(( $(date +%s) + ${WAIT_SECONDS:-60} ))
  until "$@" >/dev/null 2>&1; do
    if [ "$(date +%s)" -ge "$deadline" ]; then log "$what did not become ready"; return 1; fi
    sleep 0.3
  done
}

# Erlang VM flags: no scheduler busy-waiting (see rabbit_env).
RABBIT_ERL_SCHEDULER_ARGS="+sbwt none +sbwtdcpu none +sbwtdio none"

rabbit_sbin() { ls -d /usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin 2>/dev/null | sort -V | tail -1; }

# RabbitMQ's own scripts, run as root with our environment (the /usr/sbin wrappers
# switch user and drop these variables).
rabbit_env() {
  export HOME="$RABBIT_DIR"
  export RABBITMQ_NODENAME=pao@localhost
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
  export RABBITMQ_NODE_PORT="$RABBIT_PORT"
  export RABBITMQ_DIST_PORT="$RABBIT_DIST_PORT"
  export ERL_EPMD_ADDRESS=127.0.0.1
  export ERL_EPMD_PORT="$RABBIT_EPMD_PORT"
  export RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia"
  export RABBITMQ_LOG_BASE="$RABBIT_DIR/log"
  export RABBITMQ_PID_FILE="$RABBIT_DIR/rabbit.pid"
  export RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq"
  export RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins"
  # No scheduler busy-waiting: on a small machine shared with PostgreSQL and the services,
  # spinning Erlang schedulers take CPU the others need (ADR 0036).
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} $RABBIT_ERL_SCHEDULER_ARGS"
  export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
}
