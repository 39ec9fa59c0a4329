#!/usr/bin/env python3
"""Runs the image that ops/image/build.sh wrote, on a machine without a container engine, and checks it serves.

    python3 ops/image/check.py ops/image/target/timeline-<version>.tar    (as root: it uses chroot and mounts)

What a container runtime would do, minus the namespaces: the image's layers are unpacked in order into a
folder, /proc and /dev are bound into it, and the image's entrypoint runs there under chroot, in its working
directory, as its user, with its environment plus a database. So a file the image lacks (a library, a Java
module, a writable folder) fails here as it would in a container. Then:

- /q/health/ready answers UP (the database is reached through the image's driver);
- the home page and the demo timeline answer 200, a made-up address 404;
- the process runs as user 185, not root, and the heap limit comes from JDK_JAVA_OPTIONS;
- the JVM uses the runtime's class archive, and the application's too if JDK_JAVA_OPTIONS names one (a JVM
  ignores an archive that does not fit its jars without a word).

Needs PostgreSQL on 127.0.0.1:5432 with trust authentication (a database image_check, or $IMAGE_CHECK_DATABASE,
is made and dropped); the site listens on 127.0.0.1:18480, or $IMAGE_CHECK_PORT.
Exits non-zero, naming the check, when one fails.
"""
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request

PORT = int(os.environ.get("IMAGE_CHECK_PORT", "18480"))
DATABASE = os.environ.get("IMAGE_CHECK_DATABASE", "image_check")
BASE = f"http://127.0.0.1:{PORT}"


def fail(message):
    print(f"FAILED: {message}", flush=True)
    sys.exit(1)


def unpack(image, root):
    """The image's config, after its layers are unpacked into root in order."""
    with tarfile.open(image) as archive:
        manifest = json.load(archive.extractfile("manifest.json"))[0]
        config = json.load(archive.extractfile(manifest["Config"]))
        for layer in manifest["Layers"]:
            with tarfile.open(fileobj=archive.extractfile(layer)) as blob:
                blob.extractall(root, numeric_owner=True)
    return config["config"]


def get(path):
    try:
        with urllib.request.urlopen(BASE + path, timeout=10) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, ""
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None, ""


def psql(sql):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qAt", "-c",
                    "set client_min_messages = warning", "-c", sql], check=True)


def mount(root, mounts):
    """Binds /proc and /dev into the unpacked image (each added to mounts), and gives it the two files a runtime would."""
    os.chmod(root, 0o755)  # the root folder of a container; mkdtemp makes it private to root
    for folder in ("proc", "dev"):
        target = os.path.join(root, folder)
        os.makedirs(target, exist_ok=True)
        subprocess.run(["mount", "--bind", "/" + folder, target], check=True)
        mounts.append(target)
    # A runtime gives the container these two files; the site needs no other.
    shutil.copy("/etc/hosts", os.path.join(root, "etc/hosts"))
    shutil.copy("/etc/resolv.conf", os.path.join(root, "etc/resolv.conf"))


def start(root, config, log, java_options=None):
    """Runs the image's entrypoint under chroot on a fresh database, as a container runtime would; the process.

    java_options, if given, replace the image's JDK_JAVA_OPTIONS."""
    psql(f"drop database if exists {DATABASE}")
    psql(f"create database {DATABASE}")
    environment = dict(item.split("=", 1) for item in config.get("Env", []))
    environment.update({
        "QUARKUS_HTTP_HOST": "127.0.0.1",
        "QUARKUS_HTTP_PORT": str(PORT),
        "QUARKUS_DATASOURCE_JDBC_URL": f"jdbc:postgresql://127.0.0.1:5432/{DATABASE}",
        "QUARKUS_DATASOURCE_USERNAME": "postgres",
        "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY": "image-check-session-key-0123456789abcdef",
    })
    if java_options is not None:
        environment["JDK_JAVA_OPTIONS"] = java_options
    user = int(config["User"])
    workdir = config["WorkingDir"]
    entrypoint = config["Entrypoint"]

    def enter():
        os.chroot(root)
        os.chdir(workdir)
        os.setgid(0)
        os.setgroups([])
        os.setuid(user)

    return subprocess.Popen(entrypoint, env=environment, preexec_fn=enter, stdout=log,
                            stderr=subprocess.STDOUT, executable=entrypoint[0])


def wait_ready(process, log):
    """Waits up to 180 s for /q/health/ready to answer UP, and says how long it took."""
    started = time.monotonic()
    status, body = None, ""
    while time.monotonic() - started < 180:
        if process.poll() is not None:
            fail(f"the image's entrypoint exited with {process.returncode}; see {log.name}")
        status, body = get("/q/health/ready")
        if status == 200:
            break
        time.sleep(1)
    if status != 200 or '"UP"' not in body.replace(" ", "").replace('"status":"UP"', '"UP"'):
        fail(f"/q/health/ready answered {status} {body[:200]} after 180 s; see {log.name}")
    print(f"ok: ready after {time.monotonic() - started:.1f} s: {body.strip()[:120]}", flush=True)


def stop(process, root, mounts):
    """Stops the site, unmounts, deletes the unpacked image and the database."""
    if process is not None and process.poll() is None:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for target in reversed(mounts):
        subprocess.run(["umount", target])
    if not any(os.path.ismount(m) for m in mounts):
        shutil.rmtree(root, ignore_errors=True)
    try:
        psql(f"drop database if exists {DATABASE}")
    except subprocess.CalledProcessError:
        pass


def main():
    if len(sys.argv) != 2 or not os.path.isfile(sys.argv[1]):
        fail("usage: check.py IMAGE.tar (built by ops/image/build.sh)")
    if os.geteuid() != 0:
        fail("run as root: the image is started under chroot")
    root = tempfile.mkdtemp(prefix="timeline-image-")
    mounts = []
    process = None
    try:
        config = unpack(sys.argv[1], root)
        print(f"unpacked {sys.argv[1]} into {root}: entrypoint {config['Entrypoint']}, user {config['User']}, "
              f"working directory {config['WorkingDir']}", flush=True)
        mount(root, mounts)
        user = int(config["User"])
        log = open(os.path.join(tempfile.gettempdir(), "timeline-image-check.log"), "w")
        process = start(root, config, log)
        wait_ready(process, log)

        for path, want in (("/", 200), ("/timelines/us-russia-relations", 200), ("/nothing-here", 404)):
            status, _ = get(path)
            if status != want:
                fail(f"{path} answered {status}, expected {want}; see {log.name}")
            print(f"ok: {path} answered {status}", flush=True)

        with open(f"/proc/{process.pid}/status") as proc:
            uid = next(line.split()[1] for line in proc if line.startswith("Uid:"))
        if int(uid) != user or user == 0:
            fail(f"the site runs as uid {uid}, expected the image's user {user} (not root)")
        print(f"ok: the site runs as uid {uid}", flush=True)
        log.flush()
        with open(log.name) as written:
            picked = [line.strip() for line in written if line.startswith("NOTE: Picked up JDK_JAVA_OPTIONS")]
        if not picked or "-XX:MaxRAMPercentage=50" not in picked[0]:
            fail(f"the java launcher did not take the image's JDK_JAVA_OPTIONS; see {log.name}")
        print(f"ok: {picked[0]}", flush=True)
        # The JVM maps the class archives it uses, and ignores one in silence that does not fit its jars.
        with open(f"/proc/{process.pid}/maps") as maps:
            mapped = {line.split()[-1] for line in maps if line.rstrip().endswith(".jsa")}
        wanted = ["/opt/java/lib/server/classes.jsa"]
        if "-XX:SharedArchiveFile=" in picked[0]:
            wanted.append(picked[0].split("-XX:SharedArchiveFile=")[1].split()[0])
        for archive in wanted:
            if not any(path.endswith(archive) for path in mapped):
                fail(f"the JVM does not use the class archive {archive} (mapped: {sorted(mapped)}); see {log.name}")
            print(f"ok: the JVM uses the class archive {archive}", flush=True)
        print("image check passed", flush=True)
    finally:
        stop(process, root, mounts)


if __name__ == "__main__":
    main()
