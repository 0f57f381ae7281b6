# Executor.map: results in argument order, exceptions raised when reached.
from concurrent.futures import ThreadPoolExecutor
import threading

def sq(x):
    return x * x

def div(a, b):
    return a // b

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(sq, range(20))))
    print(list(ex.map(div, [10, 20, 30], [2, 5, 7, 100])))
    print(list(ex.map(sq, [])))
    print(list(ex.map(sq, range(5), timeout=30)))
    print(list(ex.map(sq, range(5), chunksize=3)))
    it = ex.map(div, [1, 2, 3, 4], [1, 1, 0, 1])
    print(next(it), next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(list(it))

# Results come in order even when later calls finish first.
events = [threading.Event() for _ in range(4)]
def stage(i):
    if i + 1 < len(events):
        events[i + 1].wait()
    events[i].set()
    return i
with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(stage, range(4))))

# map(timeout=...) raises TimeoutError when a result is late.
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1) as ex:
    it = ex.map(lambda x: gate.wait(), [1, 2], timeout=0.01)
    try:
        next(it)
    except TimeoutError:
        print("TimeoutError")
    gate.set()

# The calls are submitted when map() is called, not when iterated.
calls = []
with ThreadPoolExecutor(max_workers=2) as ex:
    it = ex.map(calls.append, range(3))
print(sorted(calls))
print(list(it))
