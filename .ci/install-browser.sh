#!/usr/bin/env bash
# Install Debian's headless browser for the browser tests (tests/browser): chromium + chromium-driver.
# Idempotent and non-interactive: does nothing when /usr/bin/chromium and /usr/bin/chromedriver are both there.
# Never downloads a browser from anywhere but the distribution's own packages.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-browser: need root (or sudo) to apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi

echo "install-browser: installing chromium and chromium-driver (Debian packages)"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "install-browser: chromium or chromedriver still missing after apt-get install" >&2
  exit 1
fi
/usr/bin/chromium --version 2>/dev/null | head -n 1 || true
