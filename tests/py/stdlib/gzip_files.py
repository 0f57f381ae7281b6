# gzip: writing and reading gzip files (binary and text modes), in a
# scratch directory under /tmp named with the pid
import gzip
import os

base = "/tmp/coil_gzip_%d" % os.getpid()
os.mkdir(base)
path = os.path.join(base, "data.txt.gz")

lines = [("line %d: " % i) + "abc" * (i % 7) + "\n" for i in range(500)]
text = "".join(lines)
payload = text.encode()

with gzip.open(path, "wb") as f:
    print(type(f).__name__, f.mode, f.writable(), f.readable(), f.closed)
    print(f.write(payload[:1000]), f.write(payload[1000:]), f.write(b""), f.tell())
print(f.closed, os.path.getsize(path) < len(payload))

with open(path, "rb") as raw:
    head = raw.read(10)
print(head[:4], head[8:], raw.closed)

with gzip.open(path, "rb") as f:
    data = f.read()
print(data == payload, len(data))

with gzip.open(path) as f:
    print(f.read(10), f.read(5), f.tell(), f.readline(), f.readline(3), f.readline())
    rest = f.read()
    print(len(rest), f.read(), f.read(10), f.mtime > 0)

with gzip.open(path, "r") as f:
    all_lines = list(f)
print(len(all_lines), all_lines[0], all_lines[-1], all_lines == [l.encode() for l in lines])

with gzip.GzipFile(path) as f:
    print(f.readlines()[2:4], f.name == path)

with gzip.open(path, "rb") as f:
    f.seek(100)
    a = f.read(20)
    f.seek(10)
    b = f.read(5)
    f.seek(5, 1)
    c = f.read(5)
print(a == payload[100:120], b == payload[10:15], c == payload[20:25], f.closed)

with gzip.open(path, "rb") as f:
    print(f.peek(1)[:1], f.read1(5), len(f.read1()) > 0)

# text mode
tpath = os.path.join(base, "text.gz")
with gzip.open(tpath, "wt") as f:
    print(f.write("héllo wörld\n"), f.write("second line\r\nthird\rfourth\n"), f.write("no newline"))
with gzip.open(tpath, "rt") as f:
    print(repr(f.read()))
with gzip.open(tpath, "rt", encoding="utf-8") as f:
    print([f.readline(), f.readline(4), f.readline()], list(f))
with gzip.open(tpath, "rt", newline="") as f:
    print(f.readlines())
with gzip.open(tpath, "rb") as f:
    print(f.read())
with gzip.open(tpath, "rt", encoding="latin-1") as f:
    print(repr(f.readline()))

lpath = os.path.join(base, "latin.gz")
with gzip.open(lpath, "wt", encoding="latin-1", newline="\r\n") as f:
    f.write("café\nnaïve\n")
with gzip.open(lpath, "rb") as f:
    print(f.read())
with gzip.open(lpath, "rt", encoding="latin-1") as f:
    print(f.read().split("\n"))

big = "".join("%d ünïcödé line\n" % i for i in range(20000))
bpath = os.path.join(base, "big.gz")
with gzip.open(bpath, "wt") as f:
    f.write(big)
with gzip.open(bpath, "rt") as f:
    got = f.read()
print(got == big, len(got))
with gzip.open(bpath, "rt") as f:
    n = 0
    for line in f:
        n += 1
print(n)

# append mode makes a second member; both are read back
apath = os.path.join(base, "multi.gz")
with gzip.open(apath, "wb") as f:
    f.write(b"first member\n")
with gzip.open(apath, "ab") as f:
    f.write(b"second member\n")
with gzip.open(apath) as f:
    print(f.read())

# GzipFile on an open file object, with a fixed mtime and a level
opath = os.path.join(base, "obj.gz")
with open(opath, "wb") as raw:
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=1) as g:
        g.write(b"via fileobj " * 10)
with open(opath, "rb") as raw:
    hdr = raw.read(10)
    print(hdr, raw.read(11)[:0])
with open(opath, "rb") as raw:
    with gzip.GzipFile(fileobj=raw) as g:
        print(g.read(), g.mtime)
with open(opath, "rb") as raw:
    with gzip.open(raw) as g:
        print(len(g.read()))

for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(os.path.exists(base))
