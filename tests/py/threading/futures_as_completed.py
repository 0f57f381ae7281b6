# as_completed yields futures as they finish; its timeout error.
from concurrent.futures import ThreadPoolExecutor, as_completed, Future
import threading

# Finishing order is forced with events: task i waits for task i-1's event.
order = [3, 1, 4, 0, 2]
gates = {i: threading.Event() for i in range(5)}
def task(i):
    pos = order.index(i)
    if pos > 0:
        gates[order[pos - 1]].wait()
    return i

with ThreadPoolExecutor(max_workers=5) as ex:
    fs = {ex.submit(task, i): i for i in range(5)}
    got = []
    for f in as_completed(fs):
        got.append(f.result())
        gates[f.result()].set()
    print(got)

# Already finished futures come first; duplicates come once.
done = Future()
done.set_result("early")
pending = Future()
gen = as_completed([done, pending, done])
print(next(gen).result())
threading.Timer(0.01, pending.set_result, ["late"]).start()
print(next(gen).result())
try:
    next(gen)
except StopIteration:
    print("exhausted")

# Timeout: the error counts the unfinished futures.
a, b, c = Future(), Future(), Future()
a.set_result(1)
seen = []
try:
    for f in as_completed([a, b, c], timeout=0.02):
        seen.append(f.result())
except TimeoutError as e:
    print("TimeoutError:", e)
print(seen)

# Cancelled futures count as completed once the executor notices them.
x = Future()
x.cancel()
print(x.set_running_or_notify_cancel())
print([f.cancelled() for f in as_completed([x])])
print(list(as_completed([])))
