#!/usr/bin/env bash
# Runs the real-browser test with the campaign binary in $CAMPAIGN_BIN (scripts/test passes the one
# it built); without it, builds one. Chromium, its driver and selenium come from scripts/install --test
# (Debian packages and the project's .venv/).
set -euo pipefail
cd "$(dirname "$0")/../.."
scripts/install --test

if [[ -z "${CAMPAIGN_BIN:-}" ]]; then
    swift build --product campaign >/dev/null
    CAMPAIGN_BIN="$(swift build --show-bin-path)/campaign"
    export CAMPAIGN_BIN
fi
[[ -x "$CAMPAIGN_BIN" ]] || { echo "错误：CAMPAIGN_BIN=$CAMPAIGN_BIN 不是可执行文件。" >&2; exit 1; }
exec .venv/bin/python Tests/browser/test_officer.py
