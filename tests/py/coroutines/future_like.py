# a minimal Future: __await__ yields itself until a result is set
class Future:
    def __init__(self, name):
        self.name = name
        self.done = False
        self.result = None
    def set_result(self, value):
        self.done = True
        self.result = value
    def __await__(self):
        while not self.done:
            yield self
        return self.result

async def fetch(fut_a, fut_b):
    print("waiting for", fut_a.name)
    a = await fut_a
    print("got", a)
    print("waiting for", fut_b.name)
    b = await fut_b
    print("got", b)
    return a + b

fa, fb = Future("A"), Future("B")
coro = fetch(fa, fb)
pending = coro.send(None)
print("driver: coroutine waits on", pending.name)
pending = coro.send(None)
print("driver: still waits on", pending.name)
fa.set_result(10)
pending = coro.send(None)
print("driver: now waits on", pending.name)
fb.set_result(32)
try:
    coro.send(None)
except StopIteration as e:
    print("final result", e.value)

# an already-completed future does not suspend at all
done = Future("done")
done.set_result("instant")

async def use_done():
    return await done

try:
    use_done().send(None)
except StopIteration as e:
    print("instant:", e.value)

# a future can be awaited by several coroutines
shared = Future("shared")

async def waiter(n):
    v = await shared
    return "waiter %d saw %s" % (n, v)

ws = [waiter(i) for i in range(3)]
for w in ws:
    print("suspended on", w.send(None).name)
shared.set_result("ready")
for w in ws:
    try:
        w.send(None)
    except StopIteration as e:
        print(e.value)

f3 = Future("never")  # throw() into a coroutine waiting on a future
async def cancellable():
    try:
        await f3
    except KeyError:
        return "cancelled"

c = cancellable()
c.send(None)
try:
    c.throw(KeyError)
except StopIteration as e:
    print(e.value)
