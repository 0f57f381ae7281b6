# __aenter__ and __aexit__ that really suspend
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

class Lock:
    def __init__(self):
        self.held = False
    async def __aenter__(self):
        await Pause("acquiring")
        self.held = True
        print("acquired")
        return self
    async def __aexit__(self, et, ev, tb):
        await Pause("releasing")
        self.held = False
        print("released", et.__name__ if et else None)
        return et is KeyError

lock = Lock()

async def task():
    async with lock as l:
        print("inside, held =", l.held)
        await Pause("working")
    print("outside, held =", lock.held)
    async with lock:
        raise KeyError("swallowed")
    print("KeyError was suppressed")
    async with lock:
        raise ValueError("escapes")

c = task()
try:
    v = c.send(None)
    while True:
        print("driver:", v)
        v = c.send(None)
except ValueError as e:
    print("ValueError escaped:", e)
print("held at end:", lock.held)

# __aexit__ that raises replaces the body's exception
class Replacing:
    async def __aenter__(self):
        return None
    async def __aexit__(self, et, ev, tb):
        raise RuntimeError("from aexit")

async def replaced():
    async with Replacing():
        raise KeyError("original")

try:
    replaced().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
