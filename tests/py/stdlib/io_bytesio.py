# io.BytesIO: reading, writing, seeking, readinto, iteration, and CPython's errors.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


b = io.BytesIO(b"line one\nline two\n\nlast")
print(b.read(4), b.tell(), b.readline(), b.readline(3), b.readline())
print(b.readlines())
print(b.read(), b.read(5))
b.seek(0)
print(list(b))
b.seek(0)
print(b.readlines(10))
print(b.seek(-4, 2), b.read(), b.seek(-100, 1), b.seek(3, 1), b.tell())

w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"def")), w.getvalue())
w.seek(1)
print(w.write(b"XY"), w.getvalue(), w.tell())
w.seek(8)
w.write(b"!")
print(w.getvalue())
print(w.truncate(4), w.getvalue(), w.tell())
print(w.truncate(), w.getvalue())
w.writelines([b"1", b"2"])
print(w.getvalue())
print(io.BytesIO(bytearray(b"xy")).read(), io.BytesIO().getvalue(), io.BytesIO(None).getvalue())
print(io.BytesIO(b"abc").read(None), io.BytesIO(b"abc").read1(), io.BytesIO(b"abc").read(0))

buf = bytearray(4)
r = io.BytesIO(b"hello")
print(r.readinto(buf), buf, r.readinto(buf), buf, r.readinto(buf))

with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
x = io.BytesIO(b"q")
print(x.readable(), x.writable(), x.seekable(), x.isatty(), x.flush())
x.close()
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate", "isatty",
             "readable", "flush", "__next__", "__enter__", "read1"]:
    attempt(name, getattr(x, name))
attempt("write", lambda: x.write(b"x"))
attempt("seek", lambda: x.seek(0))
attempt("iter", lambda: iter(x) is x)

y = io.BytesIO(b"abc")
attempt("write str", lambda: y.write("a"))
attempt("write int", lambda: y.write(5))
attempt("init str", lambda: io.BytesIO("abc"))
attempt("init int", lambda: io.BytesIO(5))
attempt("read float", lambda: y.read(1.5))
attempt("seek neg", lambda: y.seek(-1))
attempt("seek whence", lambda: y.seek(0, 5))
attempt("seek str", lambda: y.seek("0"))
attempt("truncate neg", lambda: y.truncate(-1))
attempt("readinto bytes", lambda: y.readinto(b"xx"))
attempt("fileno", y.fileno)
