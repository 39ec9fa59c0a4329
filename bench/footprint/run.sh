#!/usr/bin/env bash
# Start time and resident memory of the packaged site under given JVM options, on its existing database.
#   bench/footprint/run.sh [JAVA OPTIONS...]      e.g. bench/footprint/run.sh -Xmx256m -XX:+UseSerialGC
# Uses timeline-web/target/quarkus-app (./mvnw -pl timeline-web -am package -DskipTests) and ./data (start the
# site once with ./run first, so the database, the demo and the class archive exist; pass
# -XX:SharedArchiveFile=timeline-web/target/quarkus-app/app-cds.jsa to use the archive). Listens on 127.0.0.1:${PORT:-18700}.
# Prints: seconds from start to the first answer; resident memory idle, and after 6,000 requests of the demo
# timeline's page from 16 clients at once; the time the second 3,000 of them took.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18700}
page="http://127.0.0.1:$port/timelines/us-russia-relations"
start=$(date +%s.%N)
java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$PWD/timeline-web/target/quarkus-app/quarkus-run.jar" \
    > "${TMPDIR:-/tmp}/footprint-$port.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -s -o /dev/null "$page"; do
    kill -0 $pid 2>/dev/null || { echo "the site did not start; see ${TMPDIR:-/tmp}/footprint-$port.log" >&2; exit 1; }
    sleep 0.05
done
ready=$(date +%s.%N)
idle=$(ps -o rss= -p $pid)
seq 1 3000 | xargs -P 16 -I{} curl -s -o /dev/null "$page?i={}"
t1=$(date +%s.%N)
seq 1 3000 | xargs -P 16 -I{} curl -s -o /dev/null "$page?i={}"
t2=$(date +%s.%N)
loaded=$(ps -o rss= -p $pid)
printf 'options "%s": first answer %.1f s after start; resident %d MB idle, %d MB after 6,000 page requests; the second 3,000 in %.1f s\n' \
    "$*" "$(echo "$ready - $start" | bc)" $((idle / 1024)) $((loaded / 1024)) "$(echo "$t2 - $t1" | bc)"
