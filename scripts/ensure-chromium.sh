#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests exists. Test tools must not download their own
# browser here, so Debian's package is used. CHROMIUM_PATH overrides the default /usr/bin/chromium.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $chromium_path: installing Debian's chromium package (needs apt access)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  if [ -x "$chromium_path" ]; then
    exit 0
  fi
  echo "Installed the chromium package, but $chromium_path is still missing; set CHROMIUM_PATH." >&2
  exit 1
fi
echo "The end-to-end tests need Chromium at $chromium_path." >&2
echo "Install Debian's package as root: apt-get install chromium   (or set CHROMIUM_PATH)." >&2
exit 1
