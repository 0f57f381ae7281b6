# SyntaxError: 'await' outside function
# check: stderr
print("never printed")
async def f():
    return 1
await f()
