# ThreadPoolExecutor: shutdown, cancel_futures, arguments and their errors.
from concurrent.futures import ThreadPoolExecutor, CancelledError
import threading

ex = ThreadPoolExecutor(max_workers=1)
ex.shutdown()
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()
ex.shutdown(wait=False)

for bad in [0, -1]:
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError:", e)
n = ThreadPoolExecutor()._max_workers
print(5 <= n <= 32)

# cancel_futures cancels what no worker has started.
gate = threading.Event()
started = threading.Event()
def first():
    started.set()
    gate.wait()
    return "first"
ex = ThreadPoolExecutor(max_workers=1)
a = ex.submit(first)
rest = [ex.submit(lambda i=i: i) for i in range(5)]
started.wait()
ex.shutdown(wait=False, cancel_futures=True)
print([f.cancelled() for f in rest])
gate.set()
print(a.result())
ex.shutdown(wait=True)
try:
    rest[0].result()
except CancelledError:
    print("CancelledError")

# shutdown(wait=True) runs the queued calls first.
out = []
ex = ThreadPoolExecutor(max_workers=2)
for i in range(10):
    ex.submit(out.append, i)
ex.shutdown()
print(sorted(out))
print(all(not t.is_alive() for t in ex._threads))

# The context manager shuts down and waits, and does not swallow errors.
try:
    with ThreadPoolExecutor(2) as ex:
        fut = ex.submit(sum, [1, 2, 3])
        raise KeyError("inside")
except KeyError as e:
    print("KeyError:", e, fut.result())
try:
    ex.submit(sum, [])
except RuntimeError as e:
    print("RuntimeError:", e)
print(ex.__enter__() is ex)

# An initializer runs once in each worker.
inits = []
lock = threading.Lock()
def init(tag):
    with lock:
        inits.append(tag)
with ThreadPoolExecutor(max_workers=3, initializer=init, initargs=("hi",)) as ex:
    bar = threading.Barrier(3)
    fs = [ex.submit(bar.wait, 10) for _ in range(3)]
    print(sorted(f.result() for f in fs))
print(inits)
