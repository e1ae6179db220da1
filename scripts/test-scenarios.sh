#!/usr/bin/env bash
# Runs the shared scenario folders (../shared/examples) that this project has finished, through
# the command line, with the shared checker. Set SCENARIO_DIRS to run other folders.
set -uo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED_DIR:-../shared}"
dirs="${SCENARIO_DIRS:-pak ha smart}"
status=0
for d in $dirs; do
  if [ ! -d "$shared/examples/$d" ]; then echo "missing $shared/examples/$d"; status=1; continue; fi
  echo "-- examples/$d"
  node "$shared/checks/run-scenarios.mjs" "$shared/examples/$d" || status=1
done
exit $status
