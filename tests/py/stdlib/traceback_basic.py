# traceback: format_exc/print_exc/format_exception/print_exception (same text
# as an uncaught exception), format_exception_only, format_tb/extract_tb,
# limits, chains, FrameSummary/StackSummary, format_list, stacks.
# (Failing lines are whole statements: CPython adds ^^^ markers under part
# of a line, which coil does not; see tests/py_diffs/traceback_carets.md.)
import io
import sys
import traceback


def mask(text):
    return text.replace(__file__, "FILE")


def level3():
    raise ValueError("deep problem")


def level2():
    level3()


def level1():
    level2()


def chained():
    try:
        level1()
    except ValueError as e:
        raise KeyError("while handling") from e


def contexted():
    try:
        level1()
    except ValueError:
        raise TypeError("during handling")


def suppressed():
    try:
        level1()
    except ValueError:
        raise RuntimeError("no context") from None


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    recurse(n - 1)


print("--- format_exc")
try:
    level1()
except ValueError:
    text = traceback.format_exc()
    print(mask(text), end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == text)
    print(mask(traceback.format_exc(limit=1)), end="")
    print(mask(traceback.format_exc(limit=-1)), end="")
    print(mask(traceback.format_exc(limit=0)), end="")

for fn in (chained, contexted, suppressed):
    print("---", fn.__name__)
    try:
        fn()
    except Exception as e:
        lines = traceback.format_exception(e)
        print(len(lines))
        print(mask("".join(lines)), end="")
        print(mask("".join(traceback.format_exception(e, chain=False))), end="")
        print(mask("".join(traceback.format_exception(type(e), e, e.__traceback__))) == mask("".join(lines)))

print("--- pieces")
try:
    chained()
except KeyError as e:
    for piece in traceback.format_exception(e):
        print(repr(mask(piece)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(ValueError, None))
    print([mask(x) for x in traceback.format_tb(e.__traceback__)])
    print([mask(x) for x in traceback.format_tb(e.__cause__.__traceback__, limit=2)])
    summary = traceback.extract_tb(e.__cause__.__traceback__)
    print(type(summary).__name__, len(summary))
    for frame in summary:
        print(frame.filename == __file__, frame.lineno, frame.name, repr(frame.line), tuple(frame)[1:])
    print(summary[-1] == (__file__, 17, "level3", 'raise ValueError("deep problem")'))
    print(repr(summary[0]).replace(__file__, "FILE"))
    print([mask(x) for x in summary.format()])
    print([mask(x) for x in traceback.format_list([(__file__, 17, "level3", "raise X")])])
    out = io.StringIO()
    traceback.print_tb(e.__traceback__, file=out)
    print(mask(out.getvalue()), end="")
    out = io.StringIO()
    traceback.print_exception(e, file=out, limit=1, chain=False)
    print(mask(out.getvalue()), end="")
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(e.__traceback__)])

print("--- repeated frames")
try:
    recurse(10)
except RecursionError:
    print(mask(traceback.format_exc()), end="")
    print(mask(traceback.format_exc(limit=4)), end="")

print("--- exceptions of various kinds")
for exc in [ValueError(), ValueError("msg"), KeyError("k"), KeyError(), OSError(2, "No such file"),
            Exception("a", "b"), StopIteration(5), SystemExit(3)]:
    print(traceback.format_exception_only(type(exc), exc), traceback.format_exception(exc))


class CustomError(Exception):
    def __str__(self):
        return "custom text"


class BadStr(Exception):
    def __str__(self):
        raise ValueError("no str")


print(traceback.format_exception_only(CustomError("x")), traceback.format_exception_only(BadStr()))
try:
    compile_me = "1 +* 2"
    eval(compile_me)
except SyntaxError as e:
    print(traceback.format_exception_only(e))

print("--- TracebackException")
try:
    contexted()
except TypeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, len(te.stack), te.__context__ is not None, te.__cause__)
    print(mask("".join(te.format())) == mask(traceback.format_exc()))
    print(list(te.format_exception_only()))
    te1 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print(mask("".join(te1.format())), end="")

print("--- stack")
def where():
    return traceback.extract_stack()
stack = where()
print([(f.name, f.line) for f in stack][-2:])
print(mask("".join(traceback.format_stack(limit=1))), end="")

print("--- no exception")
print(repr(traceback.format_exc()))
print(traceback.format_exception(None))
try:
    traceback.format_exception(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError:", e)
try:
    traceback.format_exception(42)
except TypeError as e:
    print("TypeError:", e)
