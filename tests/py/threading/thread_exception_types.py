# SystemExit in a thread is silent; other exceptions (even from a
# non-callable target) go to the excepthook; the last one is checked.
# check: stderr
import threading

def bye():
    raise SystemExit(3)

t = threading.Thread(target=bye)
t.start()
t.join()
print("SystemExit was silent")

import _thread
def raw_exit():
    _thread.exit()
t = threading.Thread(target=raw_exit)
t.start()
t.join()
print("_thread.exit was silent")

t = threading.Thread(target=1, name="notcallable")
t.start()
t.join()
print("after TypeError")

def deep(n):
    if n == 0:
        raise KeyError("deep key")
    deep(n - 1)
t = threading.Thread(target=deep, args=(5,))
t.start()
t.join()
print("done")
