# Shared set-up steps for scripts/start.sh and scripts/test.sh (sourced, not run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Install Debian packages when this machine has apt and we may use it; say so otherwise.
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if command -v apt-get >/dev/null 2>&1; then
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    say "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "No apt-get here: please install ${missing[*]} yourself (the app falls back where it can)."
  fi
}

# A virtual environment with the project and the given extras installed.
python_env() {
  local extras="${1:-}"
  if [ ! -x "$VENV/bin/python" ]; then
    say "Creating the virtual environment in .venv"
    "$PY" -m venv "$VENV"
  fi
  say "Installing Python packages${extras:+ (with $extras)}"
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  "$VENV/bin/python" -m pip install -q -e "$ROOT${extras:+[$extras]}"
}
