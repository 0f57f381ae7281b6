# io.StringIO: reading, writing, seeking, newline modes, iteration, print(file=),
# and CPython's errors for closed streams and bad arguments.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


s = io.StringIO()
print(s.write("hello"), s.tell(), s.getvalue())
print(s.write(" world\n"), s.getvalue(), end="")
s.writelines(["a\n", "b\n", "c"])
print(repr(s.getvalue()))
print(s.seek(0), s.read(5), s.tell())
print(repr(s.readline()), repr(s.readline()), repr(s.readline(1)), repr(s.readline()))
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s.seek(0)
print(s.readlines(8))

# Overwriting, writing past the end, truncating.
t = io.StringIO("abcdef")
print(t.tell(), t.read(2), t.write("XY"), t.getvalue(), t.tell())
t.seek(9)
t.write("!")
print(repr(t.getvalue()))
print(t.truncate(3), t.tell(), repr(t.getvalue()))
print(t.seek(0, 2), t.seek(0, 1), t.truncate(), repr(t.getvalue()))
t.seek(1)
print(t.truncate(), repr(t.getvalue()), t.read())
print(repr(io.StringIO("abc").read(0)), repr(io.StringIO("abc").read(None)), repr(io.StringIO("abc").read(-1)))

# print() into a StringIO.
out = io.StringIO()
print("x", 1, [2, 3], sep="|", end=";\n", file=out)
print("second", file=out)
print(repr(out.getvalue()))

# Newline modes.
print(repr(io.StringIO("a\r\nb\rc\n", newline=None).getvalue()))
print(io.StringIO("a\r\nb\rc\n", newline=None).readlines())
print(io.StringIO("a\r\nb\rc\nd", newline='').readlines())
print(repr(io.StringIO("a\nb\n", newline='\r\n').getvalue()))
print(io.StringIO("a\nb\n", newline='\r\n').readlines())
print(io.StringIO("a\nb\n", newline='\r').readlines())
n = io.StringIO(newline=None)
print(n.newlines)
n.write("a\n")
print(repr(n.newlines))
n.write("b\r\nc\r")
print(n.newlines)
print(io.StringIO().newlines, io.StringIO().encoding, io.StringIO().errors)
print(io.StringIO(None).getvalue() == "")

# with-statement and closing.
with io.StringIO("data") as w:
    print(w.read(), w.closed)
print(w.closed)
print(w.readable() if not w.closed else "closed")
r = io.StringIO("q")
print(r.readable(), r.writable(), r.seekable(), r.isatty(), r.flush())
r.close()
r.close()
for name in ["read", "readline", "readlines", "getvalue", "tell", "truncate", "isatty",
             "readable", "writable", "seekable", "__iter__", "__next__", "__enter__", "flush"]:
    attempt(name, getattr(r, name))
attempt("write", lambda: r.write("x"))
attempt("seek", lambda: r.seek(0))
attempt("writelines", lambda: r.writelines([]))

# Bad arguments.
u = io.StringIO("abc")
attempt("write int", lambda: u.write(5))
attempt("write bytes", lambda: u.write(b"x"))
attempt("init int", lambda: io.StringIO(5))
attempt("init bytes", lambda: io.StringIO(b"x"))
attempt("newline x", lambda: io.StringIO(newline="x"))
attempt("newline int", lambda: io.StringIO(newline=5))
attempt("read str", lambda: u.read("a"))
attempt("read float", lambda: u.read(1.5))
attempt("readline str", lambda: u.readline("a"))
attempt("readlines str", lambda: u.readlines("a"))
attempt("seek neg", lambda: u.seek(-1))
attempt("seek cur", lambda: u.seek(1, 1))
attempt("seek end", lambda: u.seek(-1, 2))
attempt("seek whence", lambda: u.seek(0, 3))
attempt("seek str", lambda: u.seek("a"))
attempt("seek float", lambda: u.seek(1.0))
attempt("truncate neg", lambda: u.truncate(-1))
attempt("truncate str", lambda: u.truncate("a"))
attempt("fileno", u.fileno)
attempt("detach", u.detach)
print(isinstance(io.UnsupportedOperation("x"), OSError), isinstance(io.UnsupportedOperation("x"), ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
print(type(u).__name__, type(u).__module__)
