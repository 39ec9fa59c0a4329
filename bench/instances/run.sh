#!/usr/bin/env bash
# Two instances of the site on one PostgreSQL behind nginx (docs/benchmarks.md, "Two instances"): sessions, forms,
# concurrent editors and the sign-in throttle across them. Exits non-zero when any check fails.
#
#   bench/instances/run.sh [options of bench/instances/InstancesTest.java]
#
# Uses timeline-web/target/quarkus-app when it was built for PostgreSQL, and builds it otherwise. Needs psql,
# nginx (Debian's package) and PostgreSQL on 127.0.0.1:5432 with trust authentication (PGHOST, PGPORT, PGUSER).
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v nginx >/dev/null || { echo "nginx is needed: apt-get install nginx" >&2; exit 2; }
app=timeline-web/target/quarkus-app
built=none
if [[ -f $app/quarkus-run.jar ]]; then
    built=$(java -cp "$app/lib/main/*" bench/crash/CrashTest.java --kind-of "$app")
fi
if [[ $built != postgresql ]]; then
    echo "== Building the application for PostgreSQL (found: $built)"
    ./mvnw -q -B -ntp -pl timeline-web -am package -DskipTests -Ppostgresql
fi
exec java bench/instances/InstancesTest.java --app "$app" "$@"
