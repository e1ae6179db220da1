#!/usr/bin/env bash
# Playwright cannot download its own browsers here: the e2e tests drive Debian's Chromium.
set -euo pipefail
[ -x /usr/bin/chromium ] || (apt-get update && apt-get install -y chromium)
