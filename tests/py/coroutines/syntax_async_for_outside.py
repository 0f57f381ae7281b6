# SyntaxError: 'async for' outside async function
# check: stderr
print("never printed")
class A:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration
def f():
    async for x in A():
        pass
