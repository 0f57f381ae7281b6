# threading.Semaphore and BoundedSemaphore.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
print(s._value)
s.release()
print(s._value, s.acquire(blocking=False))
s.release(3)
print(s._value)
with s:
    print("in with", s._value)
print(s._value)

for bad in [lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

print(repr(threading.Semaphore(3)).startswith("<threading.Semaphore at 0x"), repr(threading.Semaphore(3)).endswith(": value=3>"))
print(repr(threading.BoundedSemaphore(2)).endswith(": value=2/2>"))

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b._value)
print(isinstance(b, threading.Semaphore))

# A semaphore limits how many threads are inside at once.
sem = threading.Semaphore(3)
lock = threading.Lock()
inside = [0]
most = [0]
go = threading.Event()

def worker():
    go.wait()
    for _ in range(50):
        with sem:
            with lock:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            threading.Event().wait(0.0001)
            with lock:
                inside[0] -= 1

ts = [threading.Thread(target=worker) for _ in range(8)]
for t in ts:
    t.start()
go.set()
for t in ts:
    t.join()
print("max inside <= 3:", most[0] <= 3, "inside now:", inside[0], "value:", sem._value)

# release() wakes a blocked acquirer.
s0 = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(s0.acquire(timeout=10)))
t.start()
s0.release()
t.join()
print(got)
