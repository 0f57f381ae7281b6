# async for with a class implementing __aiter__ / __anext__
class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        if self.i >= self.n:
            print("raising StopAsyncIteration")
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    out = []
    async for x in ARange(3):
        print("got", x)
        out.append(x)
    return out

print(run(main()))

async def with_break_else():
    async for x in ARange(5):
        if x == 2:
            print("break at", x)
            break
    else:
        print("not printed")
    async for x in ARange(2):
        pass
    else:
        print("else after exhaustion, last x =", x)
    async for y in ARange(4):
        if y % 2:
            continue
        print("even", y)
    return "done"

print(run(with_break_else()))

async def nested():
    pairs = []
    async for a in ARange(2):
        async for b in ARange(2):
            pairs.append((a, b))
    return pairs

print(run(nested()))

# unpacking targets in async for
class APairs:
    def __init__(self):
        self.items = [(1, "a"), (2, "b")]
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)

async def unpack():
    async for num, letter in APairs():
        print(num, letter)

run(unpack())
