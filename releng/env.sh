# Sourced by releng/launch.sh and releng/test.sh: brings this machine to the
# state the build needs (apt packages, a JDK >= 21, the Maven Wrapper) and
# defines run_maven. Everything it installs is idempotent.

CANDOR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CANDOR_ROOT

die() { echo "candor: $*" >&2; exit 1; }

# Debian packages the build and the product need at run time (and, with "tests", the
# PostgreSQL server the store's tests start on loopback).
ensure_packages() {
    local missing=()
    local pkg
    local wanted=(libgtk-3-0 xvfb xauth unzip curl)
    [ "${1:-}" = tests ] && wanted+=(postgresql)
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "candor: installing missing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq || die "apt-get update failed; install ${missing[*]} by hand"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
        || die "could not install ${missing[*]} with apt-get"
}

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

# Eclipse 4.39 bundles require JavaSE-21: keep JAVA_HOME if it is good enough,
# otherwise take the newest JDK >= 21 under /usr/lib/jvm.
ensure_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        local v; v="$(java_major "$JAVA_HOME")"
        if [ -n "$v" ] && [ "$v" -ge 21 ]; then return 0; fi
    fi
    local best="" bestv=0 dir v
    for dir in /usr/lib/jvm/*; do
        [ -x "$dir/bin/javac" ] || continue
        v="$(java_major "$dir")"
        if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$dir"; bestv="$v"; fi
    done
    [ -n "$best" ] || die "no JDK 21 or newer found (JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm has: $(ls /usr/lib/jvm 2>/dev/null | tr '\n' ' ')). Install one, e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21+ JDK, and set JAVA_HOME."
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
}

# CANDOR_TEST_DATE=YYYY-MM-DD runs the build as if the machine's clock said that day, 09:00
# (Debian's faketime moves the clock of every process the build starts: Maven, the test JVMs,
# Derby, Xvfb). Maven then works offline: Maven Central's TLS certificates are not valid on
# other dates, so the first run must be a normal one that fills the local repository.
fake_date_wrapper() {
    FAKE=()
    [ -n "${CANDOR_TEST_DATE:-}" ] || return 0
    [[ "$CANDOR_TEST_DATE" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] && date -d "$CANDOR_TEST_DATE" >/dev/null 2>&1 \
        || die "CANDOR_TEST_DATE=$CANDOR_TEST_DATE is not a date like 2031-03-01"
    [ -d "$HOME/.m2/repository/org/eclipse/tycho" ] \
        || die "CANDOR_TEST_DATE needs Maven's local repository filled: run 'bash releng/test.sh' once without it"
    if ! command -v faketime >/dev/null; then
        local sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        echo "candor: installing faketime"
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq faketime >/dev/null \
            || die "could not install faketime with apt-get"
    fi
    # the monotonic clock moves with it (and runs at the normal rate, so timeouts still hold): with
    # FAKETIME_DONT_FAKE_MONOTONIC=1 every timed wait of the JVM spins (measured: ten times the CPU,
    # and Derby's tests a hundred times slower)
    FAKE=(faketime -f "@$CANDOR_TEST_DATE 09:00:00")
    echo "candor: the machine's clock says $CANDOR_TEST_DATE 09:00 for this build (time zone ${TZ:-of the machine}); Maven offline"
}

# Runs the Maven Wrapper, under Xvfb when there is no display (SWT needs one).
run_maven() {
    cd "$CANDOR_ROOT" || die "cannot enter $CANDOR_ROOT"
    fake_date_wrapper
    if [ ${#FAKE[@]} -gt 0 ]; then
        # every read of the clock goes through faketime: give each test bundle more time
        set -- -o -Dtycho.surefire.timeout=7200 "$@"
    fi
    if [ -z "${DISPLAY:-}" ]; then
        "${FAKE[@]}" xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B "$@"
    else
        "${FAKE[@]}" ./mvnw -B "$@"
    fi
}

# The materialised product (built first if missing, or with CANDOR_REBUILD=1): sets PRODUCT
# (its folder) and LAUNCHER (the Equinox launcher jar to run it with).
ensure_product() {
    PRODUCT="$CANDOR_ROOT/releng/dev.candor.product/target/products/dev.candor.product/linux/gtk/x86_64/candor"
    if [ -n "${CANDOR_REBUILD:-}" ] || ! ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar >/dev/null 2>&1; then
        echo "candor: building the product (first time: a few minutes)…"
        run_maven -q -DskipTests -pl releng/dev.candor.product -am verify
    fi
    LAUNCHER="$(ls "$PRODUCT"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
}

ensure_packages
ensure_jdk
