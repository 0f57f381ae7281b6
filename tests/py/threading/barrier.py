# threading.Barrier: indices, action, reuse, abort, reset, timeout.
import threading

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
results = []
lock = threading.Lock()
def w():
    i = b.wait()
    with lock:
        results.append(i)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results), b.n_waiting, b.broken)

# The action runs once per cycle, in one thread; the barrier is reusable.
actions = []
b = threading.Barrier(4, action=lambda: actions.append("cycle"))
def w2():
    for _ in range(3):
        b.wait()
ts = [threading.Thread(target=w2) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(actions)

# abort() breaks the barrier for everyone waiting and everyone coming.
b = threading.Barrier(3)
errs = []
def w3():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        with lock:
            errs.append(type(e).__name__)
ts = [threading.Thread(target=w3) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    threading.Event().wait(0.001)
b.abort()
for t in ts:
    t.join()
print(errs, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
print(repr(b).endswith(": broken>"))
b.reset()
print(b.broken, repr(b).endswith(": waiters=0/3>"))

# A timeout breaks the barrier.
b = threading.Barrier(2, timeout=0.01)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("timed out, broken:", b.broken)
b = threading.Barrier(2)
try:
    b.wait(0.01)
except threading.BrokenBarrierError:
    print("wait(timeout) broken:", b.broken)

# An exception in the action breaks the barrier; the thread running it gets the error.
def bad():
    raise ZeroDivisionError("action failed")
b = threading.Barrier(2, action=bad)
out = []
def w4():
    try:
        b.wait()
        out.append("ok")
    except threading.BrokenBarrierError:
        out.append("broken")
    except ZeroDivisionError as e:
        out.append("action: %s" % e)
ts = [threading.Thread(target=w4) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), b.broken)

# reset() while a thread waits makes it raise BrokenBarrierError.
b = threading.Barrier(2)
out = []
def w5():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        out.append("reset broke it")
t = threading.Thread(target=w5)
t.start()
while b.n_waiting < 1:
    threading.Event().wait(0.001)
b.reset()
t.join()
print(out, b.broken)

# CPython 3.11 does not check parties.
print(threading.Barrier(0).parties)
