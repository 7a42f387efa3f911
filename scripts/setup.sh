#!/usr/bin/env bash
# Installs what Backstory needs on a fresh Debian/Ubuntu machine: Chromium and Firefox ESR (for the
# demo and the browser tests) when they are missing, and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=()
command -v "${CHROMIUM:-/usr/bin/chromium}" >/dev/null 2>&1 || packages+=(chromium)
# Noto comes with Firefox: Debian's minimal image has no font with every Urdu letter (ہ), and Firefox draws boxes.
command -v "${FIREFOX:-/usr/bin/firefox-esr}" >/dev/null 2>&1 || packages+=(firefox-esr fonts-noto-core)
if [ "${#packages[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  # Through env: sudo would drop a variable set in front of it.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi
npm ci --no-audit --no-fund
