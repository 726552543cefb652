#!/usr/bin/env bash
# Two (or one) web nodes behind nginx on this one machine, all on 127.0.0.1: PostgreSQL (Debian's cluster, a role and
# a database of our own), a throw-away redis-server, the published app twice, nginx with deploy/nginx.conf.template.
# Everything it starts is recorded in one run folder (pids, logs, generated configuration); `stop` ends exactly that.
# README "Running on several machines" → "Two nodes on one machine".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  cat <<EOF
Usage: deploy/two-nodes.sh start|stop|status [options]

  --run DIR            state folder: pids, logs, generated config, media, per-node data (default: deploy/run)
  --nodes 1|2          app nodes behind nginx (default 2)
  --app DIR            run this build or publish output (holds UppkaCatalog.Web.dll) instead of publishing
  --demo               fill an empty database with the demo data (Seed:Demo)
  --nginx-port N       nginx on 127.0.0.1:N (default 8080)
  --node-ports A,B     the nodes on 127.0.0.1:A and :B (default 5101,5102)
  --redis-port N       redis-server on 127.0.0.1:N (default 6390)
  --db NAME            PostgreSQL database and role, [a-z_][a-z0-9_]* (default uppka_deploy)
  --health-timeout S   seconds a node may take to answer /health (default 180)
  --drop               with stop: also drop the database and its role (the data is kept otherwise)

stop and status read the ports and names from the run folder; only --run (and --drop) matter to them.
EOF
}

die() { echo "two-nodes: $*" >&2; exit 1; }
say() { echo "two-nodes: $*"; }

COMMAND="${1:-}"
[ $# -gt 0 ] && shift
RUN="$ROOT/deploy/run"
NODES=2
APP=""
DEMO=false
NGINX_PORT=8080
NODE_PORTS="5101,5102"
REDIS_PORT=6390
DB=uppka_deploy
HEALTH_TIMEOUT=180
DROP=false
while [ $# -gt 0 ]; do
  case "$1" in
    --run) RUN="$2"; shift 2 ;;
    --nodes) NODES="$2"; shift 2 ;;
    --app) APP="$2"; shift 2 ;;
    --demo) DEMO=true; shift ;;
    --nginx-port) NGINX_PORT="$2"; shift 2 ;;
    --node-ports) NODE_PORTS="$2"; shift 2 ;;
    --redis-port) REDIS_PORT="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --health-timeout) HEALTH_TIMEOUT="$2"; shift 2 ;;
    --drop) DROP=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done
mkdir -p "$RUN"
RUN="$(cd "$RUN" && pwd)"
STATE="$RUN/state.env"
LOGS="$RUN/logs"
PIDS="$RUN/pids"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
# From / so that psql does not complain about a home folder the postgres user cannot enter.
as_postgres() { (cd / && if [ -z "$SUDO" ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi); }

# ------------------------------------------------------------------ small helpers
is_port() { [[ "$1" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le 65535 ]; }
# Something answers a TCP connect on 127.0.0.1:$1.
port_busy() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }
alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }
pid_of() { cat "$PIDS/$1.pid" 2>/dev/null || true; }
node_name() { if [ "$1" -eq 1 ]; then echo node-a; else echo node-b; fi; }

install_missing() {
  local missing=()
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  [ -x /usr/bin/redis-server ] || missing+=(redis-server)
  [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing from Debian: ${missing[*]}"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    # policy-rc.d or not, the system services these packages may start are not the ones used here (except PostgreSQL's cluster).
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

# Stops a process from its pid file: TERM, up to 30 s, then KILL. Only pids this script recorded.
stop_pid() {
  local name="$1" pid
  pid="$(pid_of "$name")"
  if alive "$pid"; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do alive "$pid" || break; sleep 0.5; done
    if alive "$pid"; then say "$name (pid $pid) did not stop in 30 s: KILL"; kill -9 "$pid" 2>/dev/null || true; fi
    say "stopped $name (pid $pid)"
  fi
  rm -f "$PIDS/$name.pid"
}

# ------------------------------------------------------------------ PostgreSQL
pg_version() { find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -n | tail -n 1; }
pg_port() { pg_lsclusters -h | awk -v v="$1" '$1 == v && $2 == "main" { print $3 }'; }
pg_online() { pg_lsclusters -h | awk -v v="$1" '$1 == v && $2 == "main" { print $4 }' | grep -q online; }

start_postgres() {
  PG_VERSION="$(pg_version)"
  [ -n "$PG_VERSION" ] || die "no PostgreSQL cluster under /etc/postgresql (apt-get install postgresql makes one)"
  PG_STARTED=false
  if ! pg_online "$PG_VERSION"; then
    say "starting PostgreSQL $PG_VERSION/main"
    $SUDO pg_ctlcluster "$PG_VERSION" main start
    PG_STARTED=true
  fi
  PG_PORT="$(pg_port "$PG_VERSION")"
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p "$PG_PORT" || die "PostgreSQL $PG_VERSION/main does not answer on 127.0.0.1:$PG_PORT"
  # The password is new each start (kept in state.env, mode 600); the role and database are kept across runs.
  PG_PASSWORD="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  if [ "$(as_postgres "psql -p $PG_PORT -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$DB'\"")" = "1" ]; then
    as_postgres "psql -q -p $PG_PORT -c \"ALTER ROLE $DB LOGIN PASSWORD '$PG_PASSWORD'\""
  else
    as_postgres "psql -q -p $PG_PORT -c \"CREATE ROLE $DB LOGIN PASSWORD '$PG_PASSWORD'\""
  fi
  if [ "$(as_postgres "psql -p $PG_PORT -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"")" != "1" ]; then
    as_postgres "createdb -p $PG_PORT -O $DB $DB"
    say "created database $DB (owner $DB)"
  fi
}

stop_postgres() {
  [ -n "${PG_VERSION:-}" ] || return 0
  if [ "$DROP" = true ]; then
    as_postgres "psql -q -p $PG_PORT -c 'DROP DATABASE IF EXISTS $DB WITH (FORCE)' -c 'DROP ROLE IF EXISTS $DB'" \
      && say "dropped database and role $DB"
  fi
  if [ "${PG_STARTED:-false}" = true ] && pg_online "$PG_VERSION"; then
    # We started the cluster, but someone else may have come to use it since: then it stays up.
    local others
    others="$(as_postgres "psql -p $PG_PORT -tAc \"SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()\"" || echo 1)"
    if [ "$others" = "0" ]; then
      $SUDO pg_ctlcluster "$PG_VERSION" main stop && say "stopped PostgreSQL $PG_VERSION/main (this script started it)"
    else
      say "PostgreSQL $PG_VERSION/main left running: $others other session(s) use it"
    fi
  fi
}

# ------------------------------------------------------------------ Redis, nodes, nginx
start_redis() {
  mkdir -p "$RUN/redis"
  # No persistence: the output cache is rebuilt from the database; maxmemory + volatile-lru bounds it (README).
  /usr/bin/redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --maxmemory 256mb --maxmemory-policy volatile-lru --dir "$RUN/redis" \
    --daemonize yes --pidfile "$PIDS/redis.pid" --logfile "$LOGS/redis.log"
  for _ in $(seq 1 50); do [ -s "$PIDS/redis.pid" ] && port_busy "$REDIS_PORT" && break; sleep 0.1; done
  port_busy "$REDIS_PORT" || { tail -n 20 "$LOGS/redis.log" >&2 || true; die "redis-server did not start on 127.0.0.1:$REDIS_PORT"; }
  say "redis-server on 127.0.0.1:$REDIS_PORT (pid $(pid_of redis))"
}

start_node() {
  local i="$1" port="$2" name
  name="$(node_name "$i")"
  mkdir -p "$RUN/$name"
  # Its own folder as working directory: outside Development the app's content root is its own binaries' folder.
  (cd "$RUN/$name" && exec setsid env \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      ASPNETCORE_ENVIRONMENT=Production \
      ASPNETCORE_FORWARDEDHEADERS_ENABLED=true \
      Database__Provider=PostgreSQL \
      ConnectionStrings__Catalog="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=$DB;Password=$PG_PASSWORD" \
      ConnectionStrings__Redis="127.0.0.1:$REDIS_PORT" \
      Storage__DataPath="$RUN/$name" \
      Storage__MediaPath="$RUN/media" \
      Site__PublicBaseUrl="http://127.0.0.1:$NGINX_PORT" \
      Seed__Demo="$DEMO" \
      dotnet "$APP/UppkaCatalog.Web.dll") </dev/null >"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
  say "$name starting on 127.0.0.1:$port (pid $!), log $LOGS/$name.log"
}

wait_healthy() {
  local i="$1" port="$2" name pid t0
  name="$(node_name "$i")"
  pid="$(pid_of "$name")"
  t0=$SECONDS
  while [ $((SECONDS - t0)) -lt "$HEALTH_TIMEOUT" ]; do
    if ! alive "$pid"; then
      echo "two-nodes: $name exited before it answered /health; the end of $LOGS/$name.log:" >&2
      tail -n 40 "$LOGS/$name.log" | sed 's/^/    | /' >&2
      return 1
    fi
    if [ "$(curl -s -m 5 "http://127.0.0.1:$port/health" || true)" = "Healthy" ]; then
      say "$name healthy on 127.0.0.1:$port after $((SECONDS - t0)) s"
      return 0
    fi
    sleep 1
  done
  echo "two-nodes: $name did not answer /health with Healthy within $HEALTH_TIMEOUT s; the end of $LOGS/$name.log:" >&2
  tail -n 40 "$LOGS/$name.log" | sed 's/^/    | /' >&2
  return 1
}

start_nginx() {
  local conf="$RUN/nginx" servers="" i port
  mkdir -p "$conf"
  for i in $(seq 1 "$NODES"); do
    port="$(cut -d, -f"$i" <<<"$NODE_PORTS")"
    servers+="server 127.0.0.1:$port max_fails=1 fail_timeout=5s; "
  done
  sed -e "s|\${UPPKA_UPSTREAM_SERVERS}|$servers|" -e "s|\${UPPKA_LISTEN}|127.0.0.1:$NGINX_PORT|" \
      -e "s|\${UPPKA_ACCESS_LOG}|$LOGS/nginx-access.log|" "$ROOT/deploy/nginx.conf.template" >"$conf/uppka.conf"
  # Run as root, nginx's workers would be "nobody", who cannot reach a run folder under a private temp folder: as
  # root here they stay root (loopback only). As another user the user directive does not apply.
  local user_line=""
  if [ "$(id -u)" -eq 0 ]; then user_line="user root;"; fi
  cat >"$conf/nginx.conf" <<EOF
# Generated by deploy/two-nodes.sh; the site itself is uppka.conf (from deploy/nginx.conf.template).
$user_line
worker_processes 2;
pid $PIDS/nginx.pid;
error_log $LOGS/nginx-error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $conf/client_body;
    proxy_temp_path $conf/proxy;
    fastcgi_temp_path $conf/fastcgi;
    uwsgi_temp_path $conf/uwsgi;
    scgi_temp_path $conf/scgi;
    include $conf/uppka.conf;
}
EOF
  local out
  if ! out="$(/usr/sbin/nginx -t -q -e "$LOGS/nginx-error.log" -c "$conf/nginx.conf" -p "$conf" 2>&1)"; then
    echo "$out" >&2
    return 1
  fi
  /usr/sbin/nginx -e "$LOGS/nginx-error.log" -c "$conf/nginx.conf" -p "$conf"
  for _ in $(seq 1 50); do [ -s "$PIDS/nginx.pid" ] && port_busy "$NGINX_PORT" && break; sleep 0.1; done
  if ! port_busy "$NGINX_PORT"; then tail -n 20 "$LOGS/nginx-error.log" >&2 || true; return 1; fi
  say "nginx on 127.0.0.1:$NGINX_PORT (pid $(pid_of nginx)) → $NODES node(s); config $conf/nginx.conf, access log $LOGS/nginx-access.log"
}

write_state() {
  umask 077
  cat >"$STATE" <<EOF
NODES=$NODES
NGINX_PORT=$NGINX_PORT
NODE_PORTS=$NODE_PORTS
REDIS_PORT=$REDIS_PORT
DB=$DB
APP=$APP
PG_VERSION=$PG_VERSION
PG_PORT=$PG_PORT
PG_STARTED=$PG_STARTED
PG_PASSWORD=$PG_PASSWORD
EOF
}

read_state() {
  [ -f "$STATE" ] || return 1
  local key value
  while IFS='=' read -r key value; do
    case "$key" in
      NODES|NGINX_PORT|NODE_PORTS|REDIS_PORT|DB|APP|PG_VERSION|PG_PORT|PG_STARTED|PG_PASSWORD) printf -v "$key" '%s' "$value" ;;
    esac
  done <"$STATE"
}

stop_all() {
  stop_pid nginx
  stop_pid node-b
  stop_pid node-a
  stop_pid redis
  stop_postgres
  rm -f "$STATE"
}

# ------------------------------------------------------------------ commands
start_exit() {
  local rc=$?
  if [ $rc -ne 0 ]; then echo "two-nodes: start failed; stopping what it started" >&2; stop_all; fi
}

cmd_start() {
  local name
  for name in nginx node-a node-b redis; do
    alive "$(pid_of "$name")" && die "already running from $RUN ($name, pid $(pid_of "$name")): stop first"
  done
  [ "$NODES" = 1 ] || [ "$NODES" = 2 ] || die "--nodes must be 1 or 2, not $NODES"
  [[ "$DB" =~ ^[a-z_][a-z0-9_]*$ ]] || die "--db must match [a-z_][a-z0-9_]*, not $DB"
  [[ "$HEALTH_TIMEOUT" =~ ^[0-9]+$ ]] || die "--health-timeout must be a number of seconds"
  local ports=("$NGINX_PORT" "$REDIS_PORT") i p
  for i in $(seq 1 "$NODES"); do ports+=("$(cut -d, -f"$i" <<<"$NODE_PORTS,")"); done
  for p in "${ports[@]}"; do is_port "$p" || die "not a port: '$p' (see --nginx-port, --node-ports, --redis-port)"; done
  [ "$(printf '%s\n' "${ports[@]}" | sort -u | wc -l)" -eq "${#ports[@]}" ] || die "ports must differ: ${ports[*]}"
  for p in "${ports[@]}"; do port_busy "$p" && die "127.0.0.1:$p is already in use (choose others with --nginx-port, --node-ports, --redis-port)"; done

  install_missing
  rm -rf "$PIDS"
  mkdir -p "$LOGS" "$PIDS" "$RUN/media"
  if [ -z "$APP" ]; then
    APP="$RUN/app"
    say "publishing src/UppkaCatalog.Web (Release) to $APP"
    dotnet publish "$ROOT/src/UppkaCatalog.Web" -c Release -o "$APP" -nologo -v minimal >"$LOGS/publish.log" 2>&1 \
      || { tail -n 30 "$LOGS/publish.log" >&2; die "dotnet publish failed (log $LOGS/publish.log)"; }
  fi
  APP="$(cd "$APP" && pwd)"
  [ -f "$APP/UppkaCatalog.Web.dll" ] || die "no UppkaCatalog.Web.dll in $APP (--app wants a build or publish output folder)"
  # A build output (bin/Release/net10.0) runs, but outside Development its static files (CSS, blazor.web.js) are
  # served empty: only a publish output has wwwroot. Fine for the HTTP tests; measure pages on a publish output.
  if [ -f "$APP/UppkaCatalog.Web.staticwebassets.runtime.json" ] && [ ! -d "$APP/wwwroot" ]; then
    say "note: $APP is a build output, not a publish output: static files (CSS, scripts) will be served empty"
  fi

  start_postgres
  write_state
  # From here on a failure (die, or a step that fails under set -e) stops what was started: nothing is left half up.
  trap start_exit EXIT
  start_redis
  # One node after the other: the first migrates (and seeds, with --demo) the empty database; the second finds it done.
  for i in $(seq 1 "$NODES"); do
    p="$(cut -d, -f"$i" <<<"$NODE_PORTS")"
    start_node "$i" "$p"
    wait_healthy "$i" "$p"
  done
  start_nginx
  if [ "$(curl -s -m 10 "http://127.0.0.1:$NGINX_PORT/health" || true)" != "Healthy" ]; then
    tail -n 20 "$LOGS/nginx-error.log" >&2 || true
    die "nginx on 127.0.0.1:$NGINX_PORT does not answer /health with Healthy"
  fi
  trap - EXIT
  say "up: http://127.0.0.1:$NGINX_PORT/ (stop: deploy/two-nodes.sh stop --run $RUN)"
}

cmd_stop() {
  read_state || { say "nothing recorded in $RUN (not started from there)"; return 0; }
  stop_all
}

cmd_status() {
  read_state || { say "not running (no $STATE)"; return 1; }
  local down=0 i port name pid health
  line() { printf '  %-8s %-22s %-10s %s\n' "$1" "$2" "$3" "$4"; }
  line part address pid state
  for i in $(seq 1 "$NODES"); do
    name="$(node_name "$i")"; port="$(cut -d, -f"$i" <<<"$NODE_PORTS")"; pid="$(pid_of "$name")"
    health="$(curl -s -m 5 "http://127.0.0.1:$port/health" || true)"
    if alive "$pid"; then line "$name" "127.0.0.1:$port" "$pid" "running, /health: ${health:-no answer}"; else line "$name" "127.0.0.1:$port" "-" "not running"; down=1; fi
    [ "$health" = Healthy ] || down=1
  done
  pid="$(pid_of nginx)"
  health="$(curl -s -m 5 "http://127.0.0.1:$NGINX_PORT/health" || true)"
  if alive "$pid"; then line nginx "127.0.0.1:$NGINX_PORT" "$pid" "running, /health: ${health:-no answer}"; else line nginx "127.0.0.1:$NGINX_PORT" "-" "not running"; down=1; fi
  pid="$(pid_of redis)"
  if alive "$pid"; then line redis "127.0.0.1:$REDIS_PORT" "$pid" running; else line redis "127.0.0.1:$REDIS_PORT" "-" "not running"; down=1; fi
  if pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then line postgres "127.0.0.1:$PG_PORT" "-" "accepting (database $DB)"; else line postgres "127.0.0.1:$PG_PORT" "-" "not answering"; down=1; fi
  echo "  run folder $RUN (logs/, pids/, nginx/, media/)"
  return $down
}

case "$COMMAND" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
