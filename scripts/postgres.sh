# A private PostgreSQL server for tests: its own data folder, loopback only, stopped afterwards.
# Sourced by scripts/test.sh; sets PG_URL.
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
PG_PORT="${PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
PG_DIR="$(mktemp -d /tmp/quiz-pg.XXXXXX)"

_as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  [ -x "$PG_BIN/initdb" ] || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  _as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U quiz --auth=trust -E UTF8 >/dev/null
  _as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off" start >/dev/null
  _as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U quiz quiz_test
  PG_URL="postgresql+psycopg://quiz@127.0.0.1:$PG_PORT/quiz_test"
}

stop_postgres() {
  _as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
