# SyntaxError: 'await' outside async function (a lambda inside async def is not async)
# check: stderr
print("never printed")
async def f():
    g = lambda: await f()
    return g
