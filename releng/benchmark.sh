#!/usr/bin/env bash
# Builds Candor and runs the benchmark of docs/benchmarks.md; prints the figures.
#   bash releng/benchmark.sh [customers (100000)] [interactions (1000000)] [runs (3)]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
run_maven -q -Pbenchmark -DskipTests verify -pl tests/dev.candor.benchmark -am \
    -Dbench.customers="${1:-100000}" -Dbench.interactions="${2:-1000000}" -Dbench.runs="${3:-3}"
