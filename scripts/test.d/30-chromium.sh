#!/usr/bin/env bash
# Headless Chromium and its WebDriver for tests/test_neo4j_browser.py (Debian packages).
# Idempotent: when both are installed this only checks and returns.
set -euo pipefail

# Debian's chromium wrapper script complains on stderr about its own memory check; the version is on stdout.
chromium_version() { chromium --version 2>/dev/null || echo "chromium (version unknown)"; }

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    echo "$(chromium_version), chromedriver present"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium: apt-get not available; install chromium and chromium-driver yourself" >&2
    exit 1
fi

# Root in CI; developers without root get sudo when it is there.
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    SUDO=(sudo)
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "chromium: installing chromium and chromium-driver with apt-get"
if ! { "${SUDO[@]}" apt-get update -qq &&
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends chromium chromium-driver; } >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "chromium: apt-get failed (log above)" >&2
    exit 1
fi
echo "$(chromium_version), chromedriver at $(command -v chromedriver)"
