#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every test
# through ctest (Catch2 cases discovered), then the benchmark's quick mode.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
# The benchmark's quick mode: a few seconds, catches a bench that no longer runs.
tools/bench/run --quick --no-write
