#!/usr/bin/env bash
# Installs what Backstory needs on a fresh Debian/Ubuntu machine: Chromium (for the demo and the
# browser tests) when it is missing, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v "${CHROMIUM:-/usr/bin/chromium}" >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  # Through env: sudo would drop a variable set in front of it.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-audit --no-fund
