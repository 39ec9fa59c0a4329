#!/usr/bin/env bash
# The crash test (docs/benchmarks.md, "Crash test"): writers create milestones through the editor API while
# the server is killed with kill -9 at random moments; after each restart nothing acknowledged may be missing
# or changed. Exits non-zero on any loss.
#
#   bench/crash/run.sh h2 20                  # the default install: H2 in the server's ./data
#   bench/crash/run.sh postgresql 10          # databases crash_run and crash_restore on 127.0.0.1:5432
#   bench/crash/run.sh h2 5 --url 'jdbc:h2:file:./data/timeline'   # another H2 URL, e.g. without WRITE_DELAY=0
#
# Uses timeline-web/target/quarkus-app when it was built for the kind asked for, and builds it otherwise
# (the database kind is fixed at build time: PostgreSQL needs -Ppostgresql). Other options: CrashTest.java.
# CRASH_APP=DIR runs a copy of quarkus-app instead, as it is (so that a build may go on meanwhile).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [[ $# -lt 2 || ( $1 != h2 && $1 != postgresql ) ]]; then
    echo "usage: bench/crash/run.sh h2|postgresql CYCLES [options of bench/crash/CrashTest.java]" >&2
    exit 2
fi
kind=$1
# CRASH_APP: another packaged application (a copy of quarkus-app), used as it is.
app=${CRASH_APP:-timeline-web/target/quarkus-app}
harness=(java -cp "$app/lib/main/*" bench/crash/CrashTest.java)

built=none
if [[ -f $app/quarkus-run.jar ]]; then
    built=$("${harness[@]}" --kind-of "$app")
fi
if [[ $built != "$kind" && -n ${CRASH_APP:-} ]]; then
    echo "$app is built for $built, not $kind" >&2
    exit 2
elif [[ $built != "$kind" ]]; then
    echo "== Building the application for $kind (found: $built)"
    profile=()
    [[ $kind == postgresql ]] && profile=(-Ppostgresql)
    ./mvnw -q -B -ntp -pl timeline-web -am package -DskipTests "${profile[@]}"
fi
exec "${harness[@]}" "$@" --app "$app"
