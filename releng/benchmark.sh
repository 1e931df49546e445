#!/usr/bin/env bash
# Builds Candor and runs the benchmark of docs/benchmarks.md; prints the figures.
#   bash releng/benchmark.sh [customers (100000)] [interactions (1000000)] [runs (3)]
#   bash releng/benchmark.sh --team [customers] [interactions] [clients (50)] [seconds (60)]
#     only the team benchmark: the move into PostgreSQL, live updates, the load of many clients
#   bash releng/benchmark.sh --corrections [customers] [interactions]
#     only correcting and deleting interactions (on the dataset a full run made)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if [ "${1:-}" = "--team" ]; then
    shift
    ensure_packages tests # the PostgreSQL server it starts
    run_maven -q -Pbenchmark -DskipTests verify -pl tests/dev.candor.benchmark -am -Dbench.main.skip=true \
        -Dbench.corrections.skip=true \
        -Dbench.customers="${1:-100000}" -Dbench.interactions="${2:-1000000}" \
        -Dbench.clients="${3:-50}" -Dbench.seconds="${4:-60}"
    exit 0
fi
if [ "${1:-}" = "--corrections" ]; then
    shift
    run_maven -q -Pbenchmark -DskipTests verify -pl tests/dev.candor.benchmark -am -Dbench.main.skip=true \
        -Dbench.team.skip=true -Dbench.customers="${1:-100000}" -Dbench.interactions="${2:-1000000}"
    exit 0
fi
ensure_packages tests
run_maven -q -Pbenchmark -DskipTests verify -pl tests/dev.candor.benchmark -am \
    -Dbench.customers="${1:-100000}" -Dbench.interactions="${2:-1000000}" -Dbench.runs="${3:-3}"
