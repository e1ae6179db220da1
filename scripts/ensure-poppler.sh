#!/usr/bin/env bash
# The report's page test (e2e/report-pdf.spec.ts) turns the printed PDF into pages with Debian's
# poppler-utils (pdftoppm, pdftotext); installed here when missing, as ensure-chromium.sh does for Chromium.
set -euo pipefail
command -v pdftoppm >/dev/null && command -v pdftotext >/dev/null || (apt-get update && apt-get install -y poppler-utils)
