# queue.Queue: FIFO order, sizes, Empty/Full, nowait variants.
import queue

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print("Empty again")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(True, 0)
except queue.Empty:
    print("Empty with timeout 0")

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    b.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    b.put("c", False)
except queue.Full:
    print("Full non-blocking")
print(b.get(), b.get_nowait(), b.empty())

for bad in [lambda: b.put(1, timeout=-1), lambda: b.get(timeout=-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# maxsize <= 0 is unbounded
u = queue.Queue(-1)
for i in range(100):
    u.put_nowait(i)
print(u.qsize(), u.full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(sorted(queue.__all__))
