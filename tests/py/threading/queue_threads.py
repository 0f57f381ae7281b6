# Producers and consumers through bounded queues: nothing lost or duplicated.
import queue
import threading

q = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()
SENTINEL = None

def producer(base):
    for i in range(200):
        q.put(base + i)

def consumer():
    while True:
        item = q.get()
        if item is SENTINEL:
            return
        with lock:
            results.append(item)

producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(SENTINEL)
for t in consumers:
    t.join()
print(len(results), sorted(results) == sorted(k * 1000 + i for k in range(4) for i in range(200)))
print(q.qsize(), q.unfinished_tasks)

# Each producer's items come out in its own order through one FIFO consumer.
q2 = queue.Queue(maxsize=2)
out = []
def prod(tag):
    for i in range(50):
        q2.put((tag, i))
ps = [threading.Thread(target=prod, args=(tag,)) for tag in "xy"]
for t in ps:
    t.start()
for _ in range(100):
    out.append(q2.get())
for t in ps:
    t.join()
print([i for tag, i in out if tag == "x"] == list(range(50)),
      [i for tag, i in out if tag == "y"] == list(range(50)))

# SimpleQueue with many threads.
sq = queue.SimpleQueue()
def sput(base):
    for i in range(300):
        sq.put(base + i)
ts = [threading.Thread(target=sput, args=(k * 1000,)) for k in range(5)]
for t in ts:
    t.start()
got = [sq.get(timeout=30) for _ in range(1500)]
for t in ts:
    t.join()
print(len(got), len(set(got)), sq.empty())
