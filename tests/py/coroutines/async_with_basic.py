# async with: __aenter__ / __aexit__ are awaited
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    async with Resource("a") as r:
        print("body with", r)
    async with Resource("b"), Resource("c") as rc:
        print("two managers", rc)
    async with Resource("quiet", suppress=True):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Resource("loud"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    return "main done"

print(run(main()))

# return and break inside async with still call __aexit__
async def early_return():
    async with Resource("ret"):
        return "returned from body"

print(run(early_return()))

async def loop_break():
    for i in range(3):
        async with Resource("loop%d" % i):
            if i == 1:
                break
            continue
    return i

print(run(loop_break()))

# a missing __aexit__ / non-async context manager
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def wrong():
    async with SyncOnly():
        pass

try:
    run(wrong())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
