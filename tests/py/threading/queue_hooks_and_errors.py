# Queue.put/get read everything through the instance: subclass hooks,
# replaced conditions and attributes, argument errors and timeouts behave
# as CPython's Python implementation.
import queue
import threading
from collections import deque


class Logged(queue.Queue):
    def _init(self, maxsize):
        self.log = []
        super()._init(maxsize)

    def _qsize(self):
        self.log.append("qsize")
        return super()._qsize()

    def _put(self, item):
        self.log.append(("put", item))
        super()._put(item)

    def _get(self):
        item = super()._get()
        self.log.append(("get", item))
        return item


q = Logged(2)
q.put("a")
q.put("b", timeout=1)
print(q.get(), q.get(False), q.log)
print(type(q.queue).__name__, q.unfinished_tasks)


class Lifo(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


l = Lifo()
for i in range(4):
    l.put(i)
print([l.get() for _ in range(4)], l.qsize(), l.empty())

p = queue.PriorityQueue()
for x in [5, 1, 4, 2]:
    p.put((x, str(x)))
print([p.get()[1] for _ in range(4)])

lq = queue.LifoQueue(maxsize=3)
for i in "xyz":
    lq.put_nowait(i)
try:
    lq.put_nowait("w")
except queue.Full as e:
    print("Full", type(e).__name__, e.args, lq.full())
print(lq.get_nowait(), lq.get(block=False), lq.get(True, 0.5))
try:
    lq.get(block=False)
except queue.Empty as e:
    print("Empty", repr(e))
try:
    lq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    lq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
bounded = queue.Queue(1)
bounded.put(0)
try:
    bounded.put(1, timeout=-0.5)
except ValueError as e:
    print("ValueError", e)
try:
    bounded.put(1, True, 0.01)
except queue.Full:
    print("Full after timeout", bounded.qsize())

for call in [lambda: bounded.put(), lambda: bounded.put(1, 2, 3, 4),
             lambda: bounded.get(1, 2, 3), lambda: bounded.put(1, item=2),
             lambda: bounded.get(blocking=False), lambda: queue.Queue.put(),
             lambda: queue.Queue.get(bounded, timeout=None, block=False, x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# Unbounded: maxsize <= 0 never blocks; a float maxsize compares like Python.
u = queue.Queue(-5)
for i in range(10):
    u.put(i, block=False)
print(u.qsize(), u.full())
fq = queue.Queue(2.5)
fq.put(1)
fq.put(2)
print(fq.full())
fq.put(3, block=False)
try:
    fq.put(4, block=False)
except queue.Full:
    print("float maxsize full at", fq.qsize())


# Replaced storage and attributes are honoured.
class ListBacked(queue.Queue):
    pass


lb = ListBacked()
lb.queue = deque([10, 20])
lb.put(30)
print(lb.get(), list(lb.queue), lb.unfinished_tasks)
lb.unfinished_tasks = 10
lb.put(1)
print(lb.unfinished_tasks)


class CountingCondition(threading.Condition):
    def __init__(self, lock):
        super().__init__(lock)
        self.notified = 0

    def notify(self, n=1):
        self.notified += 1
        super().notify(n)


cq = queue.Queue()
cq.not_empty = CountingCondition(cq.mutex)
cq.put("x")
cq.put("y")
print(cq.not_empty.notified, cq.get(), cq.get())


class SuppressingCond:
    def __init__(self):
        self.events = []

    def __enter__(self):
        self.events.append("enter")

    def __exit__(self, t, v, tb):
        self.events.append(("exit", t.__name__ if t else None))
        return True

    def notify(self):
        self.events.append("notify")


sq = queue.Queue()
sq.not_empty = SuppressingCond()
print(sq.get(block=False))
print(sq.not_empty.events)


class BadPut(queue.Queue):
    def _put(self, item):
        raise RuntimeError("no room for " + repr(item))


bp = BadPut()
try:
    bp.put(7)
except RuntimeError as e:
    print("RuntimeError", e, bp.mutex.locked(), bp.unfinished_tasks)

# Bound method reads and unbound calls.
m = queue.Queue()
put = m.put
put(1)
queue.Queue.put(m, 2)
print(queue.Queue.get(m), m.get(), m.qsize())


# Threads: a bounded queue between producers and consumers.
def producer(q, base):
    for i in range(200):
        q.put(base + i)


def consumer(q, out):
    while True:
        x = q.get()
        if x is None:
            q.task_done()
            break
        out.append(x)
        q.task_done()


tq = queue.Queue(5)
out = []
cons = [threading.Thread(target=consumer, args=(tq, out)) for _ in range(3)]
prods = [threading.Thread(target=producer, args=(tq, k * 1000)) for k in range(3)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    tq.put(None)
tq.join()
for t in cons:
    t.join()
print(len(out), sum(out), tq.unfinished_tasks, tq.empty())
