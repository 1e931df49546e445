#!/usr/bin/env bash
# Runs the whole Candor test suite from a clean build: headless model and store
# tests (embedded Derby and a Derby Network Server on loopback), UI tests in the
# product's application under Xvfb, and a launch smoke test of the materialised
# product. Extra arguments go to Maven.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
run_maven clean verify "$@"
