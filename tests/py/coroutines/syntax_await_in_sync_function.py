# SyntaxError: 'await' outside async function
# check: stderr
print("never printed")
async def f():
    return 1
def g():
    return await f()
