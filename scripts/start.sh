#!/usr/bin/env bash
# Install everything and start the news quiz on the embedded default (SQLite, demo content).
source "$(dirname "$0")/common.sh"
apt_install frog frogdata uctodata
python_env
cd "$ROOT"
exec "$VENV/bin/python" run.py
