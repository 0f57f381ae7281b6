# A custom threading.excepthook receives the exception and the thread.
import threading

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))

print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook

def boom(msg):
    raise RuntimeError(msg)

for i in range(3):
    t = threading.Thread(target=boom, args=("err %d" % i,), name="w%d" % i)
    t.start()
    t.join()
print(seen)

# An exception in the hook itself is reported, and the process goes on.
def bad_hook(args):
    seen.append("bad hook called")
threading.excepthook = bad_hook
t = threading.Thread(target=boom, args=("x",))
t.start()
t.join()
print(seen[-1])

threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)

a = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(a.exc_type.__name__, a.exc_value, a.exc_traceback, a.thread)
print(a)
print(type(a).__name__, type(a).__module__, isinstance(a, tuple), len(a), a[1])
for bad in [lambda: threading.ExceptHookArgs(1, 2, 3, 4), lambda: threading.ExceptHookArgs([1, 2, 3])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
