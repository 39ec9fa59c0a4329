#!/usr/bin/env bash
# Start to first answer of the packaged site under given JVM options, on its existing database: the wall time,
# and the CPU time the JVM spent until then (user + system, from /proc), which a shared machine disturbs far
# less than the wall time. Alternate the variants in one run and start each several times.
#   bench/footprint/start.sh [JAVA OPTIONS...]
#   bench/footprint/start.sh -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
#       -XX:SharedArchiveFile=timeline-web/target/quarkus-app/app-cds.jsa
# APP=folder measures another build's quarkus-app; THREADS=1 also prints the CPU time by thread (the JIT
# compilers, main, ...). Uses ./data like bench/footprint/run.sh; listens on 127.0.0.1:${PORT:-18701}.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-18701}
app="$(cd "${APP:-timeline-web/target/quarkus-app}" && pwd)"
page="http://127.0.0.1:$port/timelines/us-russia-relations"
tick=$(getconf CLK_TCK)
start=$(date +%s.%N)
java "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$app/quarkus-run.jar" \
    > "${TMPDIR:-/tmp}/footprint-start-$port.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$page")" = 200 ]; do
    kill -0 $pid 2>/dev/null || { echo "the site did not start; see ${TMPDIR:-/tmp}/footprint-start-$port.log" >&2; exit 1; }
    sleep 0.05
done
ready=$(date +%s.%N)
cpu=$(awk -v t="$tick" '{printf "%.2f", ($14 + $15) / t}' /proc/$pid/stat)
if [ -n "${THREADS:-}" ]; then
    # Fields after the thread's name: 14th and 15th of the line are utime and stime; names lose their numbers.
    for task in /proc/$pid/task/*; do
        sed -E 's/^[0-9]+ \((.*)\) [A-Z] (.*)$/\1\t\2/' "$task/stat"
    done | awk -F'\t' -v t="$tick" '{split($2, f, " "); name = $1; sub(/[0-9#-]+$/, "", name); s[name] += (f[11] + f[12]) / t}
        END {for (n in s) printf "%7.2f s  %s\n", s[n], n}' | sort -rn | head -8
fi
printf 'options "%s": first answer %.2f s after start, %s s of CPU time; load %s\n' \
    "$*" "$(echo "$ready - $start" | bc)" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
