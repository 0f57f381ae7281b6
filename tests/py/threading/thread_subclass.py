# Subclasses of Thread overriding run() and __init__.
import threading

class Worker(threading.Thread):
    def __init__(self, n, results):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.results = results

    def run(self):
        self.results.append((self.name, self.n * self.n, threading.current_thread() is self))

results = []
ws = [Worker(i, results) for i in range(4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(results))
print(repr(ws[0]).startswith("<Worker(worker-0, stopped "))

class Counter(threading.Thread):
    def run(self):
        self.total = sum(range(1000))

c = Counter()
print(c.name, repr(c))
c.start()
c.join()
print(c.total)

# run() can be called directly, in the calling thread.
class Direct(threading.Thread):
    def run(self):
        self.where = threading.current_thread().name
d = Direct()
d.run()
print(d.where, d.is_alive())

# The target-based run() drops its references after running.
t = threading.Thread(target=print, args=("target ran",))
t.start()
t.join()
print(hasattr(t, "_target"), hasattr(t, "_args"))

# A subclass with its own daemon default.
class Daemonic(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
x = Daemonic()
print(x.daemon, x.name)
