# asynchronous comprehensions: async for inside list/set/dict comprehensions
async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def lists():
    a = [x async for x in agen(5)]
    b = [x * x async for x in agen(6) if x % 2]
    c = [(x, y) async for x in agen(3) for y in range(x)]
    d = [y async for x in agen(3) async for y in agen(x)]
    return a, b, c, d

for item in run(lists()):
    print(item)

async def sets_and_dicts():
    s = {x % 3 async for x in agen(10)}
    d = {x: str(x) async for x in agen(4)}
    return sorted(s), d

print(run(sets_and_dicts()))

# await inside a comprehension
async def awaits():
    a = [await double(x) for x in range(4)]
    b = [await double(x) async for x in agen(3)]
    c = {x: await double(x) for x in "ab"}
    d = [x for x in range(6) if await double(x) > 4]
    return a, b, c, d

for item in run(awaits()):
    print(item)

# async generator expression: an async generator object
async def genexp():
    g = (x + 100 async for x in agen(3))
    print(type(g).__name__)
    return [v async for v in g]

print(run(genexp()))

# a genexp with await is also asynchronous
async def await_genexp():
    g = (await double(x) for x in range(3))
    print(type(g).__name__)
    out = []
    async for v in g:
        out.append(v)
    return out

print(run(await_genexp()))
