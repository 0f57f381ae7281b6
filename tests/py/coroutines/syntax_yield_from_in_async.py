# SyntaxError: 'yield from' inside async function
# check: stderr
print("never printed")
async def f():
    yield from [1, 2, 3]
