#!/usr/bin/env bash
# Installs what the browser test needs (idempotent), builds campaign and runs the test.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y chromium chromium-driver >/dev/null 2>&1 \
        || { apt-get update >/dev/null && apt-get install -y chromium chromium-driver >/dev/null; }
fi
if ! python3 -c 'import selenium' 2>/dev/null; then
    python3 -m pip install --quiet selenium
fi

if [[ -z "${CAMPAIGN_BIN:-}" ]]; then
    swift build --product campaign >/dev/null
    export CAMPAIGN_BIN="$(swift build --show-bin-path)/campaign"
fi
exec python3 Tests/browser/test_officer.py
