#!/usr/bin/env bash
# Install what the tests need and run the whole suite: once on SQLite (browser tests included),
# then the database-facing tests again on a throwaway PostgreSQL server started here.
source "$(dirname "$0")/common.sh"
apt_install frog frogdata chromium postgresql
python_env test
cd "$ROOT"
export PLAYWRIGHT_CHROMIUM_EXECUTABLE="${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-$(command -v chromium || true)}"

say "Test suite on SQLite"
"$VENV/bin/python" -m pytest "$@"

say "Database tests on PostgreSQL"
source "$ROOT/scripts/postgres.sh"
start_postgres
trap stop_postgres EXIT
TEST_DATABASE_URL="$PG_URL" "$VENV/bin/python" -m pytest tests/quiz -q -m "not browser" -p no:cacheprovider
