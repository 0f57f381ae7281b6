# ThreadPoolExecutor starts workers lazily, reuses idle ones, names them.
from concurrent.futures import ThreadPoolExecutor
import threading

ex = ThreadPoolExecutor(max_workers=4)
print(len(ex._threads))
for i in range(5):
    ex.submit(pow, 2, i).result()
# Each call waited for: one worker was enough.
print(len(ex._threads))
ex.shutdown()

ex = ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool")
gate = threading.Event()
running = threading.Semaphore(0)
names = set()
lock = threading.Lock()
def job():
    with lock:
        names.add(threading.current_thread().name)
    running.release()
    gate.wait()
fs = [ex.submit(job) for _ in range(6)]
print(len(ex._threads))
# All three workers are inside a job before the gate opens.
for _ in range(3):
    running.acquire()
gate.set()
for f in fs:
    f.result()
ex.shutdown()
print(sorted(names))
print(sorted(t.name for t in ex._threads))
print(all(not t.daemon for t in ex._threads))

# Without a prefix the names are ThreadPoolExecutor-<n>_<i>.
ex = ThreadPoolExecutor(max_workers=1)
name = ex.submit(lambda: threading.current_thread().name).result()
ex.shutdown()
print(name.startswith("ThreadPoolExecutor-"), name.endswith("_0"))

# Workers run calls concurrently.
with ThreadPoolExecutor(max_workers=4) as ex:
    bar = threading.Barrier(4)
    print(sorted(ex.map(lambda _: bar.wait(10), range(4))))
