# queue.Queue and threading.Condition run on collections.deque: producers
# and consumers across threads (deterministic totals only).
import queue
import threading
from collections import deque

q = queue.Queue()
results = []
lock = threading.Lock()

def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * 2)
        q.task_done()

workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers:
    w.start()
for i in range(3000):
    q.put(i)
for _ in workers:
    q.put(None)
q.join()
for w in workers:
    w.join()
print(len(results), sum(results), sorted(results)[:5], q.empty(), q.qsize())

# bounded queue: put blocks until a consumer frees a slot
bq = queue.Queue(maxsize=2)
got = []
def slow_consumer():
    for _ in range(10):
        got.append(bq.get())
t = threading.Thread(target=slow_consumer)
t.start()
for i in range(10):
    bq.put(i)
t.join()
print(got, bq.full(), bq.empty())
try:
    bq.get_nowait()
except queue.Empty:
    print('Empty')
bq.put(1); bq.put(2)
try:
    bq.put_nowait(3)
except queue.Full:
    print('Full')

# LIFO and priority queues in one thread
lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for i in [5, 1, 4, 2, 3]:
    pq.put(i)
print([pq.get() for _ in range(5)])
sq = queue.SimpleQueue()
sq.put('a'); sq.put('b')
print(sq.get(), sq.get(), sq.empty())

# a condition variable over a shared deque
buf = deque()
cond = threading.Condition()
done = []
def taker():
    total = 0
    while True:
        with cond:
            while not buf:
                cond.wait()
            x = buf.popleft()
        if x is None:
            break
        total += x
    done.append(total)
ts = [threading.Thread(target=taker) for _ in range(2)]
for t in ts:
    t.start()
for i in range(1000):
    with cond:
        buf.append(i)
        cond.notify()
for _ in ts:
    with cond:
        buf.append(None)
        cond.notify()
for t in ts:
    t.join()
print(sum(done), len(done), len(buf))
