#!/usr/bin/env bash
# Runs the whole Candor test suite from a clean build: headless model and store
# tests (embedded Derby, a Derby Network Server and a PostgreSQL server, both
# started by the tests on loopback), UI tests in the
# product's application under Xvfb, and a launch smoke test of the materialised
# product. Extra arguments go to Maven.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
ensure_packages tests
run_maven clean verify "$@"
