# os: constants, process information, the environment
import os
import os.path
import posixpath

print(os.name, repr(os.sep), repr(os.linesep), os.devnull, os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep)
print(os.path is posixpath, os.path.sep, os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_END)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() == os.getpid())
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()), os.getcwdb() == os.fsencode(os.getcwd()))
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(17))
print(len(os.urandom(16)), type(os.urandom(3)).__name__, os.urandom(0))
print(os.fspath("a"), os.fspath(b"b"), os.fsencode("x/y"), os.fsdecode(b"x/y"))


class P:
    def __fspath__(self):
        return "from/fspath"


print(os.fspath(P()), os.path.join(P(), "z"), os.path.basename(P()))

# environment
os.environ["COILX_ENV_VAR"] = "value 1"
print(os.environ["COILX_ENV_VAR"], os.getenv("COILX_ENV_VAR"), "COILX_ENV_VAR" in os.environ)
print(os.environ.get("COILX_ENV_MISSING"), os.getenv("COILX_ENV_MISSING", "dflt"), "COILX_ENV_MISSING" in os.environ)
os.environ.setdefault("COILX_ENV_VAR", "other")
os.environ.setdefault("COILX_ENV_VAR2", "two")
print(os.environ["COILX_ENV_VAR"], os.environ["COILX_ENV_VAR2"])
os.environ.update({"COILX_ENV_VAR3": "3"}, COILX_ENV_VAR4="4")
print(sorted(k for k in os.environ if k.startswith("COILX_ENV")))
print(os.environ.pop("COILX_ENV_VAR3"), os.environ.pop("COILX_ENV_VAR3", "gone"))
del os.environ["COILX_ENV_VAR4"]
print("COILX_ENV_VAR4" in os.environ, len(os.environ) == len(list(os.environ)), len(os.environ.copy()) == len(os.environ))
print(type(os.environ.copy()).__name__, isinstance(dict(os.environ.items()), dict))
os.environ["COILX_ENV_VAR"] = ""
print(repr(os.environ["COILX_ENV_VAR"]), os.environ == dict(os.environ))
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}))
for k in ["COILX_ENV_VAR", "COILX_ENV_VAR2"]:
    del os.environ[k]
print(sorted(k for k in os.environ if k.startswith("COILX_ENV")))
