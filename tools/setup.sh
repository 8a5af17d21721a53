#!/usr/bin/env bash
# Installs what a fresh machine lacks before `npm start` or `npm test`: dependencies and, for tests, Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ] && [ -z "${PLAYWRIGHT_CHROMIUM:-}" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installation de Chromium (paquet Debian)…"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium est absent de /usr/bin/chromium : installez-le (apt-get install chromium)," >&2
    echo "ou indiquez un navigateur avec PLAYWRIGHT_CHROMIUM=/chemin/vers/chromium." >&2
  fi
fi

# Dependencies: only when node_modules is missing or older than the lock file.
if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
