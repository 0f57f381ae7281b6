# os.path: the string operations of posixpath, on str and bytes
import os.path as p

for a in ["", "/", "//", "///", "a", "/a", "a/", "a/b", "/a/b/", "a//b", "./a/../b", "../..", "/..", "a/./b/.",
          "//a/b", "///a/b", ".hidden", "a/.hidden", "x.tar.gz", "/p/x.", "a.b/c", "..", "...", "a/..b", "a/b.c.d"]:
    print(repr(a), p.split(a), p.splitext(a), repr(p.basename(a)), repr(p.dirname(a)), p.normpath(a), p.isabs(a))

print(p.join("a"), p.join("a", "b", "c"), p.join("a/", "b"), p.join("/a", "/b", "c"), p.join("a", ""), p.join("", "b"))
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.splitext(b"f.py"), p.normpath(b"a/../../b"), p.basename(b"/x"))
print(p.splitdrive("/a/b"), p.normcase("AbC"), p.commonprefix(["interval", "internet", "inter"]), repr(p.commonprefix([])))
print(p.commonpath(["/usr/lib", "/usr/local/lib"]), p.commonpath(["a/b", "a/c/d"]), p.commonpath(["/a"]))
print(p.relpath("/a/b/c", "/a/x/y"), p.relpath("/a", "/a"), p.relpath("/a/b", "/"), p.relpath("a/b", "a"))
print(p.abspath("/a/./b/../c"), p.abspath("/"), p.normpath("/../a"), p.normpath("a/b/../../.."))
print(p.expanduser("~nosuchuser_zz/x"), p.expanduser("x/~"), p.expanduser(""))
import os
os.environ["HOME"] = "/home/tester/"
os.environ["COIL_V"] = "vv"
print(p.expanduser("~"), p.expanduser("~/docs"), p.expanduser(b"~/b"))
print(p.expandvars("$COIL_V/${COIL_V}/$COIL_NOPE/${COIL_NOPE}/$/${}/$$COIL_V/x$COIL_V.y"))
print(p.expandvars(b"$COIL_V-$"), p.expandvars("plain"))
print(p.curdir, p.pardir, p.sep, p.extsep, p.pathsep, p.defpath, p.devnull, p.altsep)
