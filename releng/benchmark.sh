#!/usr/bin/env bash
# Builds Candor and runs the benchmark of docs/benchmarks.md; prints the figures.
#   bash releng/benchmark.sh [customers (100000)] [interactions (1000000)] [runs (3)]
#   bash releng/benchmark.sh --team [customers] [interactions] [clients (50)] [seconds (60)]
#     only the team benchmark: the move into PostgreSQL, live updates, the load of many clients
#   bash releng/benchmark.sh --corrections [customers] [interactions]
#     only correcting and deleting interactions (on the dataset a full run made)
#   bash releng/benchmark.sh --import [rows (1000000)] [customers already there (100000)]
#     only the customer CSV import (a database and a file of its own)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if [ "${1:-}" = "--team" ]; then
    shift
    ensure_packages tests # the PostgreSQL server it starts
    run_maven -q -Pbenchmark -DskipTests verify -pl tests/dev.candor.benchmark -am -Dbench.main.skip=true \
        -Dbench.corrections.skip=true -Dbench.import.skip=true \
        -Dbench.customers="${1:-100000}" -Dbench.interactions="${2:-1000000}" \
        -Dbench.clients="${3:-50}" -Dbench.seconds="${4:-60}"
    exit 0
fi
if [ "${1:-}" = "--corrections" ]; then
    shift
    run_maven -q -Pbenchmark -DskipTests verify -pl tests/dev.candor.benchmark -am -Dbench.main.skip=true \
        -Dbench.team.skip=true -Dbench.import.skip=true -Dbench.customers="${1:-100000}" \
        -Dbench.interactions="${2:-1000000}"
    exit 0
fi
if [ "${1:-}" = "--import" ]; then
    shift
    run_maven -q -Pbenchmark -DskipTests verify -pl tests/dev.candor.benchmark -am -Dbench.main.skip=true \
        -Dbench.team.skip=true -Dbench.corrections.skip=true -Dbench.import.rows="${1:-1000000}" \
        -Dbench.customers="${2:-100000}"
    exit 0
fi
ensure_packages tests
run_maven -q -Pbenchmark -DskipTests verify -pl tests/dev.candor.benchmark -am \
    -Dbench.customers="${1:-100000}" -Dbench.interactions="${2:-1000000}" -Dbench.runs="${3:-3}"
