# threading.local with many threads and nested helpers.
import threading

ctx = threading.local()

def set_user(name):
    ctx.user = name

def get_user():
    return getattr(ctx, "user", "<none>")

barrier = threading.Barrier(5)
results = []
lock = threading.Lock()

def handler(name):
    set_user(name)
    barrier.wait()          # everyone has set their own value
    with lock:
        results.append((name, get_user()))

ts = [threading.Thread(target=handler, args=("user%d" % i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
print(get_user())

# A new thread never sees values of finished threads.
fresh = []
t = threading.Thread(target=lambda: fresh.append(get_user()))
t.start()
t.join()
print(fresh)

# Two locals are independent.
a, b = threading.local(), threading.local()
a.v = 1
b.v = 2
print(a.v, b.v)
print(type(a).__name__, type(a).__module__)
