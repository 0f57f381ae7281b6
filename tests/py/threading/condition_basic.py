# threading.Condition: wait/notify, timeouts, wait_for and errors.
import threading

cond = threading.Condition()
items = []

def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop(0))

out = []
t = threading.Thread(target=consumer, args=(out,))
t.start()
with cond:
    items.append("hello")
    cond.notify()
t.join()
print(out)

# wait() with a timeout returns False when nobody notifies.
with cond:
    print(cond.wait(0.01))
    print(cond.wait(timeout=0))

# wait_for returns the predicate's value.
with cond:
    print(cond.wait_for(lambda: 42))
    print(cond.wait_for(lambda: 0, timeout=0.01))
    print(cond.wait_for(lambda: [], 0))

state = {"n": 0}
def bump():
    for i in range(5):
        with cond:
            state["n"] += 1
            cond.notify_all()
t = threading.Thread(target=bump)
with cond:
    t.start()
    print(cond.wait_for(lambda: state["n"] == 5, timeout=10))
t.join()

# Errors without the lock.
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify_all()
except RuntimeError as e:
    print("RuntimeError:", e)

# With a plain Lock.
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait(0.001))
    c2.notify()
try:
    c2.wait(0)
except RuntimeError as e:
    print("RuntimeError:", e)

# An RLock held twice is fully released while waiting.
rl = threading.RLock()
c3 = threading.Condition(rl)
flag = []
def setter():
    with c3:
        flag.append(1)
        c3.notify()
with c3:
    with c3:
        t = threading.Thread(target=setter)
        t.start()
        print(c3.wait_for(lambda: flag, 10))
        print(rl._is_owned())
t.join()
print(rl._is_owned())
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object at"))
print(repr(threading.Condition()).endswith(", 0)>"))
