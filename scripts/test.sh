#!/usr/bin/env bash
# Install what the tests need and run the whole suite: once on SQLite (browser tests included),
# then the database-facing tests again on a throwaway PostgreSQL server started here.
source "$(dirname "$0")/common.sh"
apt_install frog frogdata uctodata chromium postgresql redis-server
python_env test
cd "$ROOT"
export PLAYWRIGHT_CHROMIUM_EXECUTABLE="${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-$(command -v chromium || true)}"

# A throwaway Redis on loopback for the live-game message-queue test (two server processes).
REDIS_DIR="$(mktemp -d)"
REDIS_PORT="$("$VENV/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
stop_redis() {
  [ -f "$REDIS_DIR/redis.pid" ] && kill "$(cat "$REDIS_DIR/redis.pid")" 2>/dev/null || true
  rm -rf "$REDIS_DIR"
}
cleanup() { stop_redis; declare -F stop_postgres >/dev/null && stop_postgres || true; }
trap cleanup EXIT
if command -v redis-server >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no \
    --dir "$REDIS_DIR" --pidfile "$REDIS_DIR/redis.pid" --daemonize yes >/dev/null
  export TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
else
  say "No redis-server: the Redis message-queue test will be skipped"
fi

say "Test suite on SQLite"
"$VENV/bin/python" -m pytest "$@"

say "Database tests on PostgreSQL"
source "$ROOT/scripts/postgres.sh"
start_postgres
TEST_DATABASE_URL="$PG_URL" "$VENV/bin/python" -m pytest tests/quiz -q -m "not browser" -p no:cacheprovider
