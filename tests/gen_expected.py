#!/usr/bin/env python3
"""Generate expected outputs for coil's script tests by running CPython 3.11.

Usage:
    python3 tests/gen_expected.py                 # every tests/py/<area>/*.py
    python3 tests/gen_expected.py core errors     # only these areas
    python3 tests/gen_expected.py tests/py/core/int_arith.py   # only these files
    python3 tests/gen_expected.py int_arith str_ops     # scripts by bare name

Also accepts tests/py_wishlist and its files (wishlist scripts get expected
files too; they are run by the harness but never fail the build).

For each script <name>.py (files whose name starts with '_' are helpers and
are skipped) this writes beside it:
    <name>.out     exact stdout bytes
    <name>.status  only if the exit status is non-zero: the number + newline
    <name>.err     only if the script has a line '# check: stderr': the LAST
                   non-empty line of stderr + newline
Stale .status/.err files are removed.
"""
import os
import subprocess
import sys

TIMEOUT = 60
HERE = os.path.dirname(os.path.abspath(__file__))
PY_ROOT = os.path.join(HERE, "py")
WISHLIST_ROOT = os.path.join(HERE, "py_wishlist")


def check_version():
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.exit("gen_expected.py: must be run with CPython 3.11, this is %s %s"
                 % (sys.implementation.name, sys.version.split()[0]))


def wants_stderr(path):
    with open(path, "rb") as f:
        for line in f.read().decode("utf-8", "replace").splitlines():
            if line.strip() == "# check: stderr":
                return True
    return False


def scripts_in_dir(d):
    out = []
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py") and not name.startswith("_"):
                out.append(os.path.join(root, name))
    return out


def collect(args):
    if not args:
        paths = []
        for root in (PY_ROOT, WISHLIST_ROOT):
            if os.path.isdir(root):
                paths.extend(scripts_in_dir(root))
        return paths
    paths = []
    for a in args:
        cands = [a, os.path.join(PY_ROOT, a), os.path.join(HERE, a)]
        for c in cands:
            if os.path.isfile(c) and c.endswith(".py"):
                if os.path.basename(c).startswith("_"):
                    print("skipping helper %s" % c)
                else:
                    paths.append(os.path.abspath(c))
                break
            if os.path.isdir(c):
                paths.extend(scripts_in_dir(os.path.abspath(c)))
                break
        else:
            # a bare script name such as "int_arith" or "int_arith.py"
            name = a if a.endswith(".py") else a + ".py"
            found = [p for root in (PY_ROOT, WISHLIST_ROOT) if os.path.isdir(root)
                     for p in scripts_in_dir(root) if os.path.basename(p) == name]
            if not found:
                sys.exit("gen_expected.py: no such script or area: %s" % a)
            paths.extend(found)
    return paths


def write_or_remove(path, data):
    if data is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as f:
        f.write(data)


def last_nonempty_line(b):
    for line in reversed(b.decode("utf-8", "replace").splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def run_one(path):
    d = os.path.dirname(path)
    base = path[:-3]
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # no __pycache__ beside helpers
    try:
        p = subprocess.run([sys.executable, os.path.basename(path)], cwd=d,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        print("TIMEOUT %s (no files written)" % path, file=sys.stderr)
        return False
    write_or_remove(base + ".out", p.stdout)
    rc = p.returncode
    write_or_remove(base + ".status", ("%d\n" % rc).encode() if rc != 0 else None)
    if wants_stderr(path):
        write_or_remove(base + ".err",
                        (last_nonempty_line(p.stderr) + "\n").encode("utf-8"))
    else:
        write_or_remove(base + ".err", None)
    tag = "ok" if rc == 0 else "status %d" % rc
    print("%-10s %s" % (tag, os.path.relpath(path, os.path.dirname(HERE))))
    return True


def main():
    check_version()
    paths = collect(sys.argv[1:])
    if not paths:
        sys.exit("gen_expected.py: no scripts found")
    bad = 0
    for p in paths:
        if not run_one(p):
            bad += 1
    print("%d scripts, %d timed out" % (len(paths), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
