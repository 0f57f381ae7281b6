# asynchronous generators consuming other asynchronous generators
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

async def numbers(n):
    for i in range(n):
        await Pause("numbers %d" % i)
        yield i

async def squares(src):
    async for x in src:
        yield x * x

async def evens(src):
    async for x in src:
        if x % 2 == 0:
            yield x

async def main():
    out = []
    async for v in evens(squares(numbers(5))):
        print("main got", v)
        out.append(v)
    return out

c = main()
try:
    while True:
        print("driver:", c.send(None))
except StopIteration as e:
    print("result:", e.value)

# async generator with return (no value) ends iteration early
async def limited(src, n):
    count = 0
    async for x in src:
        if count == n:
            return
        count += 1
        yield x

async def take_two():
    return [x async for x in limited(numbers(10), 2)]

c = take_two()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration as e:
    print("take_two:", e.value, "after", ticks, "ticks")

# an exception inside the inner async generator reaches the consumer
async def failing():
    yield 1
    raise LookupError("inner failed")

async def consumer():
    got = []
    try:
        async for x in squares(failing()):
            got.append(x)
    except LookupError as e:
        got.append(str(e))
    return got

try:
    consumer().send(None)
except StopIteration as e:
    print(e.value)
