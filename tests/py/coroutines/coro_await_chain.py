# await on other coroutines: nested calls run synchronously when nothing yields
log = []

async def leaf(x):
    log.append("leaf %d" % x)
    return x * 10

async def middle(x):
    log.append("middle start %d" % x)
    a = await leaf(x)
    b = await leaf(x + 1)
    log.append("middle end")
    return a + b

async def top():
    results = []
    for i in range(3):
        results.append(await middle(i))
    return results

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(top()))
for line in log:
    print(line)

# await in expressions
async def val(v):
    return v

async def expressions():
    s = await val(1) + await val(2) * await val(3)
    lst = [await val(i) for i in range(3)]
    d = {await val("k"): await val("v")}
    t = (await val("a"), await val("b"))
    cond = await val("yes") if await val(True) else "no"
    return s, lst, d, t, cond

print(run(expressions()))

# await as a call argument and as an attribute target
class Box:
    pass

async def attrs():
    b = Box()
    b.x = await val(5)
    print("len", len(await val("four")))
    return b.x

print(run(attrs()))

# exceptions raised by an awaited coroutine propagate to the awaiter
async def boom():
    raise KeyError("deep")

async def catcher():
    try:
        await boom()
    except KeyError as e:
        return "caught " + repr(e)

print(run(catcher()))
