"""Benchmark: typical log-parsing regexes over a ~10 MB text.

Run it with coil and with python3 (e.g. under /usr/bin/time) to compare;
it prints the results on stdout (the same for both) and the time of each
step on stderr.
"""
import re
import sys
import time

_t = [time.perf_counter()]


def lap(name):
    now = time.perf_counter()
    print("%-12s %.3f s" % (name, now - _t[0]), file=sys.stderr)
    _t[0] = now

LEVELS = ["INFO", "WARN", "ERROR", "DEBUG"]
PATHS = ["/index.html", "/api/v1/users", "/static/app.js", "/login", "/api/v1/orders/42"]


def build_text(target=10_000_000):
    lines = []
    size = 0
    i = 0
    while size < target:
        level = LEVELS[i % 4]
        path = PATHS[(i * 7) % 5]
        ip = "10.%d.%d.%d" % (i % 256, (i // 256) % 256, (i * 13) % 256)
        ms = (i * 37) % 5000
        line = "2024-03-%02d 12:%02d:%02d %s [worker-%d] %s GET %s status=%d time=%dms user=u%d@example.com" % (
            1 + i % 28, i % 60, (i * 7) % 60, level, i % 16, ip, path, 200 + (i % 5) * 100, ms, i % 1000)
        lines.append(line)
        size += len(line) + 1
        i += 1
    return "\n".join(lines) + "\n"


text = build_text()
print("chars", len(text))
lap("build")

# search: the first line with a slow request
m = re.search(r"time=(\d{4})ms user=(\S+)", text)
print("search", m.span(), m.group(1), m.group(2))
lap("search")

# search with a late match (scans most of the text)
m = re.search(r"worker-15\] 10\.255\.\d+\.\d+ GET /login", text)
print("late search", m.start() if m else None)
lap("late search")

# findall without groups
print("ips", len(re.findall(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", text)))
lap("ips")

# findall with groups
pairs = re.findall(r"^(\S+ \S+) (ERROR|WARN)", text, re.M)
print("errors", len(pairs), pairs[0], pairs[-1])
lap("errors")

# finditer over every status code, touching each match
total = 0
count = 0
for m in re.finditer(r"status=(\d+)", text):
    total += int(m.group(1))
    count += 1
print("statuses", count, total)
lap("statuses")

# sub with a template and with a function
masked = re.sub(r"user=(\w+)@[\w.]+", r"user=\1@***", text)
print("masked", len(masked), masked.count("***"))
lap("masked")
n = re.subn(r"time=(\d+)ms", lambda m: "time=%ss" % (int(m.group(1)) // 1000), text)[1]
print("subn", n)
lap("subn")

# a compiled pattern used line by line
pat = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) \[(?P<worker>[^\]]+)\]")
levels = {}
for line in text.splitlines()[:100000]:
    mm = pat.match(line)
    if mm:
        lv = mm.group("level")
        levels[lv] = levels.get(lv, 0) + 1
print("levels", sorted(levels.items()))
lap("levels")

# split
print("split", len(re.split(r"\s+", text[:2_000_000])))
lap("split")
