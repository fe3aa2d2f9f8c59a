#!/usr/bin/env bash
# Sets up the external servers the tests use and prints KEY=VALUE lines for them on stdout (bin/test exports them).
#
# Today: a Debian PostgreSQL cluster "jbareos" listening only on 127.0.0.1:55432, with a role and a database for the
# catalog tests, which run every repository test against it besides the embedded PostgreSQL:
#   JBAREOS_PG_URL=jdbc:postgresql://127.0.0.1:55432/jbareos_test
#   JBAREOS_PG_USER=jbareos_test
#   JBAREOS_PG_PASSWORD=...
# Idempotent: a second run reuses the cluster, role and database. Logs go to stderr. When it cannot set the server up
# (not root, no apt-get, install failed) it prints nothing, says why on stderr and exits 0: those tests are then
# skipped, the test run goes on.
set -uo pipefail

PORT="${JBAREOS_PG_PORT:-55432}"
CLUSTER=jbareos
DB=jbareos_test
ROLE=jbareos_test
# A fixed password is enough: the cluster accepts only loopback connections and exists for the tests.
PASSWORD=jbareos-test-catalog

log() { echo "test-services: $*" >&2; }
give_up() { log "$* - the external-PostgreSQL tests will be skipped"; exit 0; }

[ "$(id -u)" = 0 ] || give_up "not root, cannot install or start PostgreSQL"
command -v apt-get >/dev/null 2>&1 || give_up "no apt-get (not Debian?)"

have_postgres() {
  command -v pg_createcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1
}

if ! have_postgres; then
  export DEBIAN_FRONTEND=noninteractive
  log "installing Debian's postgresql package"
  if ! apt-get install -y -q --no-install-recommends postgresql >/dev/null 2>&1; then
    # the package lists may be missing or stale: update them only now that the install needs it
    apt-get update -q >/dev/null 2>&1 || give_up "apt-get update failed"
    apt-get install -y -q --no-install-recommends postgresql >/dev/null 2>&1 || give_up "apt-get install postgresql failed"
  fi
  have_postgres || give_up "postgresql installed but no server binaries found"
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
install -d -o postgres -g postgres -m 2775 /var/run/postgresql || give_up "cannot create /var/run/postgresql"

if ! pg_lsclusters -h 2>/dev/null | awk '{print $1 " " $2}' | grep -qx "$VERSION $CLUSTER"; then
  log "creating PostgreSQL $VERSION cluster $CLUSTER on 127.0.0.1:$PORT"
  pg_createcluster --port "$PORT" --start-conf manual "$VERSION" "$CLUSTER" >&2 || give_up "pg_createcluster failed"
fi
# Loopback only, also for a cluster an earlier run created: the setting lives in the cluster's conf.d (Debian
# clusters include it); a listen_addresses line in postgresql.conf itself is commented out.
CONF_DIR="/etc/postgresql/$VERSION/$CLUSTER"
if ! grep -qx "listen_addresses = '127.0.0.1'" "$CONF_DIR/conf.d/jbareos.conf" 2>/dev/null; then
  sed -i "s/^listen_addresses/#listen_addresses/" "$CONF_DIR/postgresql.conf" || give_up "cannot edit $CONF_DIR/postgresql.conf"
  install -d -o postgres -g postgres "$CONF_DIR/conf.d" \
    && echo "listen_addresses = '127.0.0.1'" > "$CONF_DIR/conf.d/jbareos.conf" \
    || give_up "cannot write $CONF_DIR/conf.d/jbareos.conf"
  pg_ctlcluster "$VERSION" "$CLUSTER" status >/dev/null 2>&1 && pg_ctlcluster "$VERSION" "$CLUSTER" restart >&2
fi

CLUSTER_PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $3}')"
[ -n "$CLUSTER_PORT" ] || give_up "cluster $VERSION/$CLUSTER not found after creation"
if ! pg_ctlcluster "$VERSION" "$CLUSTER" status >/dev/null 2>&1; then
  log "starting cluster $VERSION/$CLUSTER"
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2 || give_up "cannot start cluster $VERSION/$CLUSTER"
fi

psql_admin() {
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p "$CLUSTER_PORT" -d postgres "$@"
}

if [ "$(psql_admin -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]; then
  psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2 || give_up "cannot create role $ROLE"
else
  psql_admin -c "ALTER ROLE $ROLE LOGIN PASSWORD '$PASSWORD'" >&2 || give_up "cannot set the password of role $ROLE"
fi
if [ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
  # the encoding and collation Bareos's create_bareos_database uses
  psql_admin -c "CREATE DATABASE $DB OWNER $ROLE ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0" >&2 \
    || give_up "cannot create database $DB"
fi

log "PostgreSQL $VERSION cluster $CLUSTER ready on 127.0.0.1:$CLUSTER_PORT, database $DB"
echo "JBAREOS_PG_URL=jdbc:postgresql://127.0.0.1:$CLUSTER_PORT/$DB"
echo "JBAREOS_PG_USER=$ROLE"
echo "JBAREOS_PG_PASSWORD=$PASSWORD"
