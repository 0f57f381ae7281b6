# Queue.task_done and Queue.join.
import queue
import threading

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

done = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        done.append(item * 2)
        q.task_done()

for i in range(20):
    q.put(i)
print(q.unfinished_tasks)
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
q.join()
print(sorted(done) == [i * 2 for i in range(20)], q.unfinished_tasks)
for _ in ts:
    q.put(None)
q.join()
for t in ts:
    t.join()
print(q.unfinished_tasks, q.empty())

# join() returns at once when nothing is unfinished.
q.join()
print("joined empty")

# join waits for task_done, not for get.
q.put("x")
q.get()
joined = threading.Event()
t = threading.Thread(target=lambda: (q.join(), joined.set()))
t.start()
print(joined.wait(0.02))
q.task_done()
print(joined.wait(30))
t.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)

# Subclassing: the four storage hooks.
class Doubler(queue.Queue):
    def _put(self, item):
        self.queue.append(item * 2)
d = Doubler()
d.put(21)
print(d.get())
