#!/usr/bin/env python3
"""Makes the class archive (AppCDS) of the image that ops/image/build.sh wrote, for a second pass to carry.

    python3 ops/image/class_archive.py IMAGE.tar ARCHIVE.jsa    (as root, with PostgreSQL; build.sh --class-archive)

A JVM uses a dynamic class archive only with the runtime, the jar paths, sizes and times it was made with, so
it is made by the image itself: its layers are unpacked and its entrypoint started under chroot on a throwaway
database exactly as check.py does, with its own JDK_JAVA_OPTIONS plus -XX:ArchiveClassesAtExit; the home
page, the demo timeline and the sign-in page are fetched, and the site is stopped, which writes the archive.
The image's layers have fixed times, so the next pass over the same files gives jars the archive fits.
"""
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ left in the source tree by the import below
from check import fail, get, mount, start, stop, unpack, wait_ready

INSIDE = "/tmp/app-cds.jsa"  # writable by the image's user; the image's /tmp starts empty


def main():
    if len(sys.argv) != 3 or not os.path.isfile(sys.argv[1]):
        fail("usage: class_archive.py IMAGE.tar ARCHIVE.jsa")
    if os.geteuid() != 0:
        fail("run as root: the image is started under chroot")
    root = tempfile.mkdtemp(prefix="timeline-image-archive-")
    mounts = []
    process = None
    try:
        config = unpack(sys.argv[1], root)
        mount(root, mounts)
        options = dict(item.split("=", 1) for item in config.get("Env", [])).get("JDK_JAVA_OPTIONS", "")
        log = open(os.path.join(tempfile.gettempdir(), "timeline-image-archive.log"), "w")
        process = start(root, config, log, f"{options} -XX:ArchiveClassesAtExit={INSIDE}")
        wait_ready(process, log)
        for path in ("/", "/timelines/us-russia-relations", "/login"):
            status, _ = get(path)
            if status != 200:
                fail(f"{path} answered {status} in the training start; see {log.name}")
        process.terminate()
        process.wait(60)
        made = root + INSIDE
        if not os.path.isfile(made) or os.path.getsize(made) == 0:
            fail(f"the JVM wrote no class archive; see {log.name}")
        shutil.copyfile(made, sys.argv[2])
        print(f"class archive of {sys.argv[1]}: {sys.argv[2]} ({os.path.getsize(made) // 1024 // 1024} MB)",
              flush=True)
    finally:
        stop(process, root, mounts)


if __name__ == "__main__":
    main()
