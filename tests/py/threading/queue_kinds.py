# LifoQueue, PriorityQueue, SimpleQueue.
import queue
import threading

l = queue.LifoQueue()
for x in "abc":
    l.put(x)
print([l.get() for _ in range(3)], l.empty())

p = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    p.put(x)
print([p.get() for _ in range(5)])
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "first")]:
    p.put(item)
print([p.get_nowait() for _ in range(4)])
try:
    p.get_nowait()
except queue.Empty:
    print("PriorityQueue empty")

pb = queue.PriorityQueue(maxsize=1)
pb.put(1)
try:
    pb.put_nowait(0)
except queue.Full:
    print("PriorityQueue full")

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
s.put(3, block=False, timeout=5)
print(s.qsize(), s.empty())
print(s.get(), s.get_nowait(), s.get(timeout=1))
try:
    s.get_nowait()
except queue.Empty:
    print("SimpleQueue empty")
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue empty after timeout")
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# A blocked get() of each kind is woken by a put() from another thread.
for cls in [queue.Queue, queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue]:
    q = cls()
    got = []
    t = threading.Thread(target=lambda: got.append(q.get(timeout=30)))
    t.start()
    q.put(cls.__name__)
    t.join()
    print(got)
print(hasattr(queue.SimpleQueue, "task_done"), hasattr(queue.SimpleQueue, "join"))
