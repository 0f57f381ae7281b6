# gzip: compress/decompress in memory, and CPython's errors for bad data,
# bad modes and misuse
import gzip
import os
import zlib

data = b"The quick brown fox jumps over the lazy dog. " * 50
for level in (0, 1, 5, 9):
    c = gzip.compress(data, level)
    print(level, gzip.decompress(c) == data, c[:3], c[8:10] if level in (1, 9) else "")
print(gzip.compress(b"", mtime=0)[:10], gzip.decompress(gzip.compress(b"")))
print(gzip.compress(b"abc", mtime=12345)[:10], gzip.compress(b"abc", 5, mtime=7)[:10])
print(gzip.decompress(gzip.compress(b"one") + gzip.compress(b"two") + b"\0\0\0"))
made_by_cpython = (b"\x1f\x8b\x08\x08\x00\x00\x00\x00\x02\xffhello.txt\x00\xcbH\xcd\xc9\xc9W(\xcf/"
                   b"\xcaIQ\xe4\x02\x00\xb4\xaf\xd7\x01\r\x00\x00\x00")
print(gzip.decompress(made_by_cpython))
print(gzip.decompress(bytearray(gzip.compress(b"from bytearray"))))


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


good = gzip.compress(b"payload data", mtime=0)
for expr in [
    "gzip.decompress(b'not gzip data')", "gzip.decompress(b'\\x1f')", "gzip.decompress(good[:5])",
    "gzip.decompress(good[:-4])", "gzip.decompress(good[:-12])",
    "gzip.decompress(good[:-8] + b'\\0\\0\\0\\0' + good[-4:])", "gzip.decompress(good[:-4] + b'\\x05\\0\\0\\0')",
    "gzip.decompress(good + b'trailing garbage')", "gzip.decompress(b'\\x1f\\x8b\\x07' + good[3:])",
    "gzip.decompress(b'')", "gzip.compress('text')",
    "gzip.open('x.gz', 'rtb')", "gzip.open('x.gz', 'rb', encoding='utf-8')", "gzip.open('x.gz', 'wb', errors='strict')",
    "gzip.open('x.gz', 'rb', newline='\\n')", "gzip.open(123)", "gzip.GzipFile('x.gz', 'rt')", "gzip.GzipFile('x.gz', 'z')",
    "gzip.open('/nonexistent_dir_coil/x.gz', 'rb')", "issubclass(gzip.BadGzipFile, OSError)",
]:
    show(expr)

base = "/tmp/coil_gzip_err_%d" % os.getpid()
os.mkdir(base)
plain = os.path.join(base, "plain.txt")
with open(plain, "wb") as f:
    f.write(b"hello, not compressed")
with gzip.open(plain) as f:
    try:
        f.read()
    except gzip.BadGzipFile as e:
        print("BadGzipFile", e)
w = gzip.open(os.path.join(base, "w.gz"), "wb")
for expr in ["w.read()", "w.write('str')", "w.seek(-1)", "w.write([1])"]:
    show(expr)
w.close()
for expr in ["w.write(b'x')", "w.close()", "w.closed"]:
    show(expr)
r = gzip.open(os.path.join(base, "w.gz"), "rb")
for expr in ["r.write(b'x')", "r.read()", "r.seek(0, 2)"]:
    show(expr)
r.close()
for expr in ["r.read()", "r.closed"]:
    show(expr)
t = gzip.open(os.path.join(base, "t.gz"), "wt")
for expr in ["t.write(b'bytes')", "t.write('ok')", "t.read()"]:
    show(expr)
t.close()
t = gzip.open(os.path.join(base, "t.gz"), "rt")
for expr in ["t.read()", "t.write('x')"]:
    show(expr)
t.close()
trunc = os.path.join(base, "trunc.gz")
with open(trunc, "wb") as f:
    f.write(gzip.compress(b"x" * 1000)[:-10])
with gzip.open(trunc) as f:
    try:
        f.read()
    except EOFError as e:
        print("EOFError", e)
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)

# zlib objects underneath
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(data) + co.flush()
print(zlib.decompress(raw, -15) == data, zlib.crc32(data), zlib.adler32(data))
