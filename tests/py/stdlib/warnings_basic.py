# warnings: the default output format and once-per-location rule, stacklevel,
# categories, filters (simplefilter/filterwarnings without patterns), actions,
# catch_warnings(record=True), resetwarnings, showwarning/formatwarning hooks.
import io
import sys
import warnings


def capture(f):
    """Run f with stderr captured; return what was written (paths masked)."""
    saved = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        f()
    finally:
        sys.stderr = saved
    return buf.getvalue().replace(__file__, "FILE")


def api(stacklevel):
    warnings.warn("api is old", DeprecationWarning, stacklevel=stacklevel)


def repeated():
    for i in range(3):
        warnings.warn("said three times")


def various():
    warnings.warn("a user warning")
    warnings.warn("a runtime warning", RuntimeWarning)
    warnings.warn(FutureWarning("an instance"))
    repeated()
    api(1)
    api(2)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("resource", ResourceWarning)


print(capture(various), end="")
print("--- again: already shown at these places")
print(repr(capture(various)))

print("--- always")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    print(capture(repeated), end="")

print("--- once")
with warnings.catch_warnings():
    warnings.simplefilter("once")
    print(capture(lambda: [repeated(), warnings.warn("said three times")]), end="")

print("--- module")
with warnings.catch_warnings():
    warnings.simplefilter("module")
    print(capture(lambda: [warnings.warn("m"), warnings.warn("m")]), end="")

print("--- ignore and error")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(repr(capture(lambda: warnings.warn("hidden"))))
with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning raised:", e)
    print(capture(lambda: warnings.warn("other categories still print", UserWarning)), end="")

print("--- record")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", SyntaxWarning)
    api(2)
for m in log:
    print(type(m).__name__, repr(str(m.message)), m.category.__name__, m.filename == __file__, m.lineno, m.line, m.file)
print(str(log[0]).replace(__file__, "FILE"))
with warnings.catch_warnings(record=True, action="ignore") as log:
    warnings.warn("ignored")
print(log)

print("--- filters")
print(warnings.filters[:5])
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.simplefilter("error", UserWarning, append=True)
    warnings.simplefilter("ignore", DeprecationWarning)
    warnings.filterwarnings("always", category=RuntimeWarning, lineno=5)
    print(warnings.filters)
    print(capture(lambda: api(2)) == "")
print(len(warnings.filters))

print("--- hooks")
print(warnings.formatwarning("message text", UserWarning, "somefile.py", 12), end="")
print(warnings.formatwarning("message text", UserWarning, "somefile.py", 12, line="  the line  "), end="")
out = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "f.py", 3, file=out, line="x = 1")
print(out.getvalue(), end="")
seen = []
saved = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: seen.append((str(message), category.__name__, lineno))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to the hook")
warnings.showwarning = saved
print(seen)
saved_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: "CUSTOM %s %s\n" % (category.__name__, message)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    print(capture(lambda: warnings.warn("formatted")), end="")
warnings.formatwarning = saved_format

print("--- warn_explicit")
registry = {}
print(capture(lambda: warnings.warn_explicit("explicit", UserWarning, "elsewhere.py", 7, registry=registry)), end="")
print(repr(capture(lambda: warnings.warn_explicit("explicit", UserWarning, "elsewhere.py", 7, registry=registry))))

print("--- errors")
for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", "UserWarning"),
            lambda: warnings.simplefilter("sometimes"), lambda: warnings.simplefilter("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", message=5)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__ + ":", e)
cw = warnings.catch_warnings()
try:
    cw.__exit__()
except RuntimeError as e:
    print("RuntimeError:", e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(repr(warnings.catch_warnings(record=True)))
