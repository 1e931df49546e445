#!/usr/bin/env bash
# Runs one of Candor's administration commands headless, from the product (built first if
# needed), e.g.
#   bash releng/candor-admin.sh setup postgresql://ada@db.example.org/sales
#   bash releng/candor-admin.sh move ~/.candor/workspace/candor-db postgresql://ada@db.example.org/sales
# PostgreSQL passwords come from PostgreSQL's password file (~/.pgpass, or the file PGPASSFILE
# names), never from the command line.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

[ $# -ge 1 ] || die "usage: candor-admin.sh setup|move <arguments> (see README, 'A team database on PostgreSQL')"
COMMAND="$1"; shift
case "$COMMAND" in
    setup|move) ;;
    *) die "unknown command '$COMMAND': setup or move" ;;
esac

ensure_product
# a workspace of its own: the command must not lock or touch the user's
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$PRODUCT"
"$JAVA_HOME/bin/java" -Xmx1g -Djava.awt.headless=true -jar "$LAUNCHER" -nosplash -consoleLog \
    -application "dev.candor.admin.$COMMAND" -data "$WORK/workspace" "$@"
