# re-running a finished coroutine, uncaught
# check: stderr
async def f():
    return 1

c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first run returned", e.value)
c.send(None)
