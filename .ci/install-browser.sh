#!/usr/bin/env bash
# Install what the report's browser test needs, idempotently: Debian's chromium,
# CJK fonts (so screenshots show Japanese), and Playwright for Python driving that
# chromium (never `playwright install`: no browser downloads here).
set -euo pipefail
PY="${1:-.venv/bin/python}"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ "${#need[@]}" -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
"$PY" -c "import playwright" 2>/dev/null || "$PY" -m pip install --quiet "playwright==1.65.2"
"$PY" -c "import openpyxl" 2>/dev/null || "$PY" -m pip install --quiet "openpyxl==3.1.5"
