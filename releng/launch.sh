#!/usr/bin/env bash
# Builds Candor if needed and launches it on an embedded Derby database in
# ~/.candor (seeded with the demo data set on first start). Without a DISPLAY
# it runs under Xvfb (for a look at it: x11vnc -display <the display it names>).
#   CANDOR_DATA=<dir>      workspace (default ~/.candor/workspace)
#   CANDOR_REBUILD=1       rebuild even if a product exists
#   CANDOR_CLOCK=<time>    start Candor's clock there (2031-03-01, 2031-03-01T09:00, an instant)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

ensure_product

DATA="${CANDOR_DATA:-$HOME/.candor/workspace}"
mkdir -p "$DATA"
EXTRA=()
[ -n "${CANDOR_CLOCK:-}" ] && EXTRA+=("-Dcandor.clock=$CANDOR_CLOCK")

XVFB_PID=""
cleanup() { [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
    for n in $(seq 90 120); do
        if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
            Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
            XVFB_PID=$!
            export DISPLAY=":$n"
            break
        fi
    done
    [ -n "$XVFB_PID" ] || die "no free X display for Xvfb"
    for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X${DISPLAY#:}" ] && break; sleep 0.1; done
    echo "candor: no DISPLAY, running on Xvfb $DISPLAY"
fi
echo "candor: database in $DATA/candor-db"
cd "$PRODUCT"
"$JAVA_HOME/bin/java" -Xmx2g "${EXTRA[@]}" \
    -jar "$LAUNCHER" -consoleLog -data "$DATA"
