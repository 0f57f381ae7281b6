# SyntaxError: 'return' with value in async generator
# check: stderr
print("never printed")
async def agen():
    yield 1
    return 2
