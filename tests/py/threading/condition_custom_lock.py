# Condition over a user-defined lock object, a subclass of Condition, and
# the errors of waiting/notifying without the lock.
import threading

class CountingLock:
    def __init__(self):
        self._lock = threading.Lock()
        self.acquires = 0
        self.releases = 0
    def acquire(self, blocking=True, timeout=-1):
        self.acquires += 1
        return self._lock.acquire(blocking, timeout)
    def release(self):
        self.releases += 1
        self._lock.release()
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *a):
        self.release()

lk = CountingLock()
cond = threading.Condition(lk)
items = []
def consumer():
    with cond:
        ok = cond.wait_for(lambda: items, timeout=5)
        print("consumer saw", items, ok)
t = threading.Thread(target=consumer)
t.start()
while True:
    with cond:
        if cond._waiters:
            items.append(42)
            cond.notify()
            break
t.join()
print(lk.acquires == lk.releases, lk.acquires >= 3)
with cond:
    print(cond.wait(0.01), cond.wait(0), cond.wait(-1))

class MyCondition(threading.Condition):
    def __init__(self):
        super().__init__(threading.Lock())
        self.notified = 0
    def notify(self, n=1):
        self.notified += n
        super().notify(n)

mc = MyCondition()
flag = []
def waiter():
    with mc:
        mc.wait_for(lambda: flag)
t = threading.Thread(target=waiter)
t.start()
while True:
    with mc:
        if mc._waiters:
            flag.append(1)
            mc.notify(2)
            break
t.join()
print(type(mc).__name__, isinstance(mc, threading.Condition), mc.notified)

c = threading.Condition()
for call in (c.wait, c.notify, c.notify_all):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(repr(c).startswith("<Condition(<unlocked _thread.RLock object owner=0 count=0 at "), repr(c).endswith(", 0)>"))
with c:
    print(c._is_owned(), c.acquire(False), c._is_owned())
    c.release()
print(c._is_owned())
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2._is_owned(), c2.acquire(False))
print(c2._is_owned())
