# SyntaxError: asynchronous comprehension outside of an asynchronous function
# check: stderr
print("never printed")
async def agen():
    yield 1
def f():
    return [x async for x in agen()]
