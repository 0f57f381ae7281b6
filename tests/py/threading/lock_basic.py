# _thread.lock / threading.Lock: acquire, release, timeouts and errors.
import threading
import _thread

lock = threading.Lock()
print(type(lock) is _thread.LockType, type(lock).__name__, type(lock).__module__)
print(threading.Lock is _thread.allocate_lock)
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
print(lock.acquire(True, 0.01))
print(lock.acquire(timeout=0))
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
lock.release()
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
print(lock.locked())

try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

for args, kw in [((False, 1), {}), ((), {"timeout": -2}), ((), {"blocking": False, "timeout": 0})]:
    try:
        lock.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
# Timeouts are checked before any wait.
lock.acquire()
for t in [1e300, 9223372037.0, 2**63, 10**30, 9223372037, float("inf"), float("nan"),
          -0.5, -2, -10**30, -1.5]:
    try:
        lock.acquire(True, t)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for t in [-5, 1e300, float("nan")]:
    try:
        lock.acquire(False, t)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(lock.acquire(False, -1), lock.acquire(True, 0), lock.acquire(False, timeout=-1))
lock.release()
try:
    lock.acquire(True, "x")
except TypeError as e:
    print("TypeError:", e)
print(lock.locked())

with lock:
    print("inside", lock.locked())
print("after", lock.locked())

try:
    with lock:
        raise KeyError("k")
except KeyError:
    print("released on error:", not lock.locked())

# A plain lock may be released by a thread that did not acquire it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", not lock.locked())

# Another thread blocks until the lock is released.
lock.acquire()
order = []
def worker():
    with lock:
        order.append("worker")
t = threading.Thread(target=worker)
t.start()
order.append("main")
lock.release()
t.join()
print(order)

# acquire_lock / release_lock / locked_lock aliases
l2 = _thread.allocate_lock()
print(l2.acquire_lock(), l2.locked_lock())
l2.release_lock()
print(l2.locked())
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX > 1e6)
print(threading.ThreadError is RuntimeError)
