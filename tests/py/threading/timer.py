# threading.Timer: runs a function once after an interval, unless cancelled.
import threading

done = threading.Event()
calls = []
def f(*args, **kw):
    calls.append((args, kw))
    done.set()

t = threading.Timer(0.01, f, args=(1, 2), kwargs={"k": 3})
print(isinstance(t, threading.Thread), t.daemon)
t.start()
print(done.wait(30))
t.join()
print(calls, t.is_alive(), t.finished.is_set())

calls.clear()
t = threading.Timer(30, f)
t.start()
t.cancel()
t.join()
print(calls, t.finished.is_set(), t.is_alive())

# Cancelling before start: run() does not call the function.
t = threading.Timer(0, f, [9])
t.cancel()
t.start()
t.join()
print(calls)

t = threading.Timer(0, f, [5])
t.start()
t.join()
print(calls, t.args, t.kwargs, t.interval)
print(t.name.startswith("Thread-"))
