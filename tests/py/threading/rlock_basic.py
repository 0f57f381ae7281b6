# threading.RLock: reentrancy, ownership and errors.
import threading

r = threading.RLock()
print(type(r).__name__)
print(r.acquire(), r.acquire(), r.acquire(False))
print("count=3" in repr(r), repr(r).startswith("<locked _thread.RLock object owner="))
print(r._is_owned())

# Another thread can neither take it nor release it.
res = []
def other():
    res.append(r.acquire(False))
    res.append(r.acquire(timeout=0.01))
    res.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
t = threading.Thread(target=other)
t.start()
t.join()
print(res)

r.release()
r.release()
print("count=1" in repr(r))
r.release()
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

with r:
    with r:
        print("nested", r._is_owned())
print(r._is_owned())

# Blocking acquire waits for the owner to release every level.
r.acquire()
r.acquire()
got = threading.Event()
def waiter():
    with r:
        got.set()
t = threading.Thread(target=waiter)
t.start()
print(got.wait(0.05))
r.release()
print(got.wait(0.05))
r.release()
print(got.wait(10))
t.join()

try:
    r.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
