# Future done-callbacks; set_result / set_exception / set_running_or_notify_cancel.
from concurrent.futures import Future, InvalidStateError, ThreadPoolExecutor
import threading

log = []
f = Future()
f.add_done_callback(lambda fut: log.append(("first", fut.result())))
f.add_done_callback(lambda fut: log.append(("second", fut.done())))
print(log)
f.set_result(10)
print(log)
# Already done: the callback runs at once, in this thread.
f.add_done_callback(lambda fut: log.append(("late", threading.current_thread().name)))
print(log[-1])

try:
    f.set_result(11)
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
try:
    f.set_exception(ValueError())
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

# Cancelling runs the callbacks too.
c = Future()
c.add_done_callback(lambda fut: log.append(("cancelled", fut.cancelled())))
print(c.cancel(), log[-1])
try:
    c.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
print(c.set_running_or_notify_cancel())
try:
    c.set_result(1)
except InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])

# The executor's protocol.
r = Future()
print(r.set_running_or_notify_cancel(), r.running(), r.cancel())
r.set_exception(OSError("io"))
print(r.done(), r.running(), type(r.exception()).__name__)
try:
    r.result()
except OSError as e:
    print("OSError:", e)

# Callbacks run in the worker that finished the future.
names = []
done = threading.Event()
def cb(fut):
    names.append(threading.current_thread().name)
    done.set()
gate = threading.Event()
with ThreadPoolExecutor(max_workers=1, thread_name_prefix="cbpool") as ex:
    fut = ex.submit(gate.wait)
    fut.add_done_callback(cb)
    gate.set()
    done.wait()
print(names)

# A callback raising an Exception does not stop the others.
e = Future()
e.add_done_callback(lambda fut: log.append("before"))
e.add_done_callback(lambda fut: 1 / 0)
e.add_done_callback(lambda fut: log.append("after"))
import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
saved = sys.stderr
sys.stderr = cap = Capture()
e.set_result(None)
sys.stderr = saved
print(log[-2:])
text = "".join(cap.parts)
print(text.splitlines()[0].replace(hex(id(e)), "ADDR"))
print(text.splitlines()[-1])
