# Blocking put/get wake each other across threads.
import queue
import threading

q = queue.Queue(maxsize=1)
q.put("first")
log = []
putting = threading.Event()

def putter():
    putting.set()
    q.put("second")      # blocks until main gets "first"
    log.append("put second")

t = threading.Thread(target=putter)
t.start()
putting.wait()
print(q.get())
t.join()
print(log, q.get())

# get() blocks until an item arrives; timeouts elapse when none does.
def delayed_put():
    threading.Event().wait(0.02)
    q.put("late")
t = threading.Thread(target=delayed_put)
t.start()
print(q.get(timeout=30))
t.join()

try:
    q.get(timeout=0.02)
except queue.Empty:
    print("Empty")
q.put(1)
try:
    q.put(2, timeout=0.02)
except queue.Full:
    print("Full")
print(q.get())
