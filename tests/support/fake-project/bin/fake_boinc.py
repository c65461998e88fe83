"""Shared helpers of the lab's fake BOINC project (a test double, not a server).

The programs beside this file imitate the real bin/ tools of a BOINC project closely enough
for the desktop app's SSH backend: the same flags, outputs, error texts and exit codes as
documented in docs/submission-paths.md. Everything they do is recorded in the project
directory: fake_argv.jsonl (one JSON line per invocation) and fake_state.json (the
workunits), guarded by an flock so parallel invocations stay consistent.
"""

import fcntl
import hashlib
import json
import os
import re
import sys
import time
from contextlib import contextmanager

STATE = "fake_state.json"
ARGV_LOG = "fake_argv.jsonl"


def project_dir():
    # The tools are run as bin/<tool> from the project directory, like the real ones.
    return os.getcwd()


def log_argv(prog):
    entry = {"prog": prog, "argv": sys.argv[1:], "cwd": os.getcwd(), "time": time.time()}
    path = os.path.join(project_dir(), ARGV_LOG)
    with open(path, "a", encoding="utf-8") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.write(json.dumps(entry) + "\n")


def take_switch(name):
    """True once if the test dropped <project>/<name> (the file is consumed)."""
    path = os.path.join(project_dir(), name)
    try:
        with open(path, encoding="utf-8") as f:
            value = f.read().strip()
        os.remove(path)
        return value or "1"
    except FileNotFoundError:
        return None


def config_value(tag):
    with open(os.path.join(project_dir(), "config.xml"), encoding="utf-8") as f:
        m = re.search(r"<%s>\s*(.*?)\s*</%s>" % (tag, tag), f.read(), re.S)
    return m.group(1) if m else None


def fanout():
    return int(config_value("uldl_dir_fanout") or "1024")


def filename_hash(name, fan):
    # BOINC's filename_hash(): md5 of the name, hex digits 1..7, modulo the fanout.
    digest = hashlib.md5(name.encode("utf-8", "surrogateescape")).hexdigest()
    return "%x" % (int(digest[1:8], 16) % fan)


def dir_hier_path(name, root):
    d = os.path.join(project_dir(), root, filename_hash(name, fanout()))
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)


def md5_file(path):
    h = hashlib.md5()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@contextmanager
def state():
    """The workunit table, locked for the duration and written back at the end."""
    lock_path = os.path.join(project_dir(), "fake_state.lock")
    with open(lock_path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        path = os.path.join(project_dir(), STATE)
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            data = {"workunits": []}
        try:
            yield data
        finally:
            # Also on an error: like a database, what was created before it stays.
            tmp = path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1)
            os.replace(tmp, path)


def add_workunit(data, wu):
    if any(w["name"] == wu["name"] for w in data["workunits"]):
        return False
    wu.setdefault("state", "unsent")
    wu.setdefault("created", time.time())
    wu["id"] = len(data["workunits"]) + 1
    data["workunits"].append(wu)
    return True
