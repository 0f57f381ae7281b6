# SyntaxError: 'async with' outside async function
# check: stderr
print("never printed")
class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        return False
def f():
    async with CM():
        pass
