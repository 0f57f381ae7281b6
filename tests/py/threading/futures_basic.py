# concurrent.futures: submit, result, exception, states.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor
import threading

def add(a, b=0):
    return a + b

def fail(msg):
    raise KeyError(msg)

with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(add, 1, b=2)
    print(f.result(), f.result(timeout=1), f.done(), f.running(), f.cancelled(), f.exception())
    g = ex.submit(fail, "nope")
    e = g.exception()
    print(type(e).__name__, e, g.done())
    try:
        g.result()
    except KeyError as e:
        print("KeyError raised:", e)
    h = ex.submit(lambda: None)
    print(h.result())

# result(timeout) and exception(timeout) raise the builtin TimeoutError.
print(cf.TimeoutError is TimeoutError)
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    slow = ex.submit(gate.wait)
    try:
        slow.result(timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    try:
        slow.exception(0)
    except cf.TimeoutError:
        print("TimeoutError from exception()")
    # While it runs it cannot be cancelled.
    while not slow.running():
        threading.Event().wait(0.001)
    print(slow.running(), slow.cancel(), slow.cancelled())
    queued = ex.submit(add, 1)
    print(queued.running(), queued.done())
    print(queued.cancel(), queued.cancelled(), queued.done(), queued.cancel())
    try:
        queued.result()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
    try:
        queued.exception()
    except cf.CancelledError:
        print("CancelledError from exception()")
    gate.set()
print(slow.result(), slow.cancel())

# A BaseException from the call is stored too.
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: (_ for _ in ()).throw(SystemExit(5)))
    print(type(f.exception()).__name__)

print(issubclass(cf.CancelledError, cf._base.Error), cf.CancelledError.__module__)
print(issubclass(cf.InvalidStateError, cf._base.Error))
print(issubclass(cf.BrokenExecutor, RuntimeError))
print(issubclass(cf.thread.BrokenThreadPool, cf.BrokenExecutor))
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(sorted(n for n in cf.__all__ if n != "ProcessPoolExecutor"))
