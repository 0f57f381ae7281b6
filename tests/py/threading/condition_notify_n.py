# Condition.notify(n) wakes exactly n waiters; notify_all wakes the rest.
import threading

cond = threading.Condition()
ready = threading.Semaphore(0)
woken = []

def waiter(i):
    with cond:
        ready.release()
        cond.wait()
        woken.append(i)

threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for _ in threads:
    ready.acquire()

def count():
    with cond:
        return len(woken)

with cond:
    print("waiters:", len(cond._waiters))
    cond.notify(2)
while count() < 2:
    threading.Event().wait(0.001)
with cond:
    print("after notify(2):", len(woken))
    cond.notify()
while count() < 3:
    threading.Event().wait(0.001)
with cond:
    print("after notify():", len(woken))
    cond.notify(0)
    print("after notify(0):", len(woken))
    cond.notify_all()
for t in threads:
    t.join()
print("all:", sorted(woken))
with cond:
    print("waiters left:", len(cond._waiters))
