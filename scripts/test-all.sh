#!/usr/bin/env bash
# Every test: typecheck, lint, format, unit (Vitest), the shared scenario folders that are done, and the browser tests.
# Prints one closing line "Total: N passed, N failed" and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
status=0
passed=0
failed=0

count_json() { # file, passed-field, failed-field
  node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));const g=(p)=>p.split(".").reduce((o,k)=>o?.[k],r)??0;console.log(g(process.argv[2])+" "+g(process.argv[3]))' "$@" 2>/dev/null || echo "0 1"
}

echo "== typecheck (tsc --noEmit)"
if npx tsc -p tsconfig.json --noEmit; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

echo "== lint (eslint: typescript-eslint, import cycles, layer boundaries)"
if npx eslint . ; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

echo "== format (prettier --check; npm run format rewrites)"
if npx prettier --check . --log-level warn; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi

echo "== unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json || status=1
read -r p f < <(count_json test-results/vitest.json numPassedTests numFailedTests)
passed=$((passed + p)); failed=$((failed + f))

echo "== scenario folders"
bash scripts/test-scenarios.sh > test-results/scenarios.log 2>&1 || status=1
cat test-results/scenarios.log
while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done < <(grep -E '^[0-9]+ passed, [0-9]+ failed$' test-results/scenarios.log | sed -E 's/^([0-9]+) passed, ([0-9]+) failed$/\1 \2/')

if [ "${SKIP_E2E:-}" = "1" ]; then
  echo "== browser tests skipped (SKIP_E2E=1)"
else
  echo "== build"
  if bash scripts/ensure-chromium.sh && bash scripts/ensure-poppler.sh && npx vite build --logLevel warn; then
    echo "== bundle budget"
    if node scripts/check-bundle-size.mjs | tail -n 2; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
    echo "== browser tests (playwright)"
    rm -f test-results/playwright.json
    pw=0
    E2E_SKIP_BUILD=1 PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json npx playwright test --reporter=list,json || pw=1
    read -r p f < <(count_json test-results/playwright.json stats.expected stats.unexpected)
    # A run that failed without a failing test (e.g. the server could not start) still counts as a failure.
    if [ "$pw" -ne 0 ]; then status=1; [ "$f" -gt 0 ] || f=1; fi
    passed=$((passed + p)); failed=$((failed + f))
  else
    echo "could not prepare the browser tests"; status=1; failed=$((failed + 1))
  fi
fi

echo "Total: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] || status=1
exit $status
