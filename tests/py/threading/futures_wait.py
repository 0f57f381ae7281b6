# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED.
from concurrent.futures import (ThreadPoolExecutor, wait, Future,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
import threading

gate = threading.Event()

def quick(x):
    return x

def blocked(x):
    gate.wait()
    return x

def boom():
    raise ValueError("boom")

with ThreadPoolExecutor(max_workers=4) as ex:
    f1 = ex.submit(quick, 1)
    f2 = ex.submit(blocked, 2)
    r = wait([f1, f2], return_when=FIRST_COMPLETED)
    print(type(r).__name__, r.done == {f1}, r.not_done == {f2})
    done, not_done = wait([f1, f2], timeout=0.01)
    print(done == {f1}, not_done == {f2})
    f3 = ex.submit(boom)
    r = wait([f2, f3], return_when=FIRST_EXCEPTION)
    print(r.done == {f3}, r.not_done == {f2})
    gate.set()
    r = wait([f1, f2, f3], return_when=ALL_COMPLETED)
    print(len(r.done), len(r.not_done))
    r = wait([f1, f2, f3])
    print(sorted(f.result() for f in r.done if not f.exception()))

# FIRST_EXCEPTION without any exception waits for all.
with ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(quick, i) for i in range(4)]
    r = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(r.done), len(r.not_done))

# A future set from another thread wakes wait().
f = Future()
t = threading.Timer(0.01, f.set_result, [7])
t.start()
r = wait([f], timeout=30)
print(r.done == {f}, f.result())
t.join()

# Already done futures return at once, whatever return_when says.
print(wait([f], return_when="bogus").done == {f})
g = Future()
try:
    wait([g], return_when="bogus")
except ValueError as e:
    print("ValueError:", e)
r = wait([g], timeout=0)
print(len(r.done), len(r.not_done))
r = wait([], timeout=0)
print(r)
g.cancel()
g.set_running_or_notify_cancel()
print(wait([g]).done == {g})
print(wait([g], return_when=FIRST_EXCEPTION).done == {g})
