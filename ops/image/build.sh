#!/usr/bin/env bash
# Builds the site's container image as a tar file, without a container daemon and without pulling a base
# image (docs/operations.md, "Container image"):
#
#   ops/image/build.sh            # writes ops/image/target/timeline-<version>.tar
#   ops/image/build.sh --class-archive    # the same with a class archive of its own start (root, PostgreSQL)
#   docker load -i ops/image/target/timeline-<version>.tar     # or podman load, on a machine that has one
#
# The image holds a Java runtime made here with jlink (the JDK 17 that builds the project), the system
# libraries that runtime links to, and timeline-web's packaged application built for PostgreSQL (built here
# when timeline-web/target/quarkus-app is missing or was built for H2). Jib's library writes the layers.
# With --class-archive, the image is then started once under chroot on a throwaway PostgreSQL database
# (ops/image/class_archive.py, as ops/image/check.py runs it), and written again with the class archive of that
# start, which halves the CPU time of its next starts; that needs root and PostgreSQL on 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/../.."
archive=no
case "${1:-}" in
    "") ;;
    --class-archive) archive=yes ;;
    *) echo "usage: ops/image/build.sh [--class-archive]" >&2; exit 2 ;;
esac

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
app=timeline-web/target/quarkus-app
out=ops/image/target
runtime=$out/runtime
image=$out/timeline-$version.tar

built=none
if [[ -f $app/quarkus-run.jar ]]; then
    built=$(java -cp "$app/lib/main/*" bench/crash/CrashTest.java --kind-of "$app")
fi
if [[ $built != postgresql ]]; then
    echo "== Building the application for PostgreSQL (found: $built)"
    ./mvnw -q -B -ntp -pl timeline-web -am package -DskipTests -Ppostgresql
fi

# The modules the application needs (jdeps over its jars, checked by ops/image/check.sh running the image),
# the locales its pages speak, and the naming and crypto providers a database connection may ask for.
modules=java.base,java.compiler,java.instrument,java.logging,java.management,java.naming,java.net.http,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,java.desktop,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
echo "== A Java runtime with jlink: $modules"
rm -rf "$runtime"
mkdir -p "$runtime/opt" "$runtime/etc" "$runtime/tmp" "$runtime/proc" "$runtime/dev" "$runtime/sys"
chmod 777 "$runtime/tmp"
# --generate-cds-archive: the runtime's own class archive of the JDK's classes, which jlink leaves out otherwise.
jlink --add-modules "$modules" --include-locales=en,de,uk --strip-debug --no-man-pages --no-header-files \
    --compress=2 --generate-cds-archive --output "$runtime/opt/java" 2>&1 | grep -v "is deprecated" || true
[[ -x $runtime/opt/java/bin/java ]] || { echo "jlink made no runtime" >&2; exit 1; }

echo "== The system libraries it links to"
find "$runtime/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 -n1 ldd 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | sort -u \
    | while read -r lib; do
        install -D -m 755 "$(readlink -f "$lib")" "$runtime$lib"
    done
# Layers hold files: a link of the runtime (its legal notices on Debian) becomes a copy of what it names.
find "$runtime" -type l -print0 | while IFS= read -r -d '' link; do
    cp --remove-destination "$(readlink -f "$link")" "$link"
done
printf 'root:x:0:0:root:/root:/sbin/nologin\ntimeline:x:185:0:timeline:/deployments:/sbin/nologin\n' > "$runtime/etc/passwd"
printf 'root:x:0:\n' > "$runtime/etc/group"
printf 'hosts: files dns\n' > "$runtime/etc/nsswitch.conf"
du -sh "$runtime" | sed 's/^/runtime folder: /'

echo "== The image, with Jib"
jib() {
    ./mvnw -q -B -ntp -f ops/image/pom.xml compile exec:java \
        -Dexec.args="--runtime $PWD/$runtime --app $PWD/$app --out $PWD/$image --name newsroom/timeline:$version $*"
}
jib
if [[ $archive == yes ]]; then
    echo "== Its class archive, made by one start of the image; then the image again, with it"
    python3 ops/image/class_archive.py "$image" "$out/app-cds.jsa"
    jib --class-archive "$PWD/$out/app-cds.jsa"
fi
