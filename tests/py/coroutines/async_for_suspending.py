# async for where __anext__ really suspends: the driver sees the yields
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        sent = yield self.tag
        return sent

class Stream:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        item = self.items.pop(0)
        extra = await Pause("fetching " + str(item))
        return item, extra

async def consume():
    total = []
    async for item, extra in Stream([1, 2, 3]):
        print("consumer got", item, extra)
        total.append(item)
    return sum(total)

c = consume()
n = 0
try:
    msg = c.send(None)
    while True:
        print("driver:", msg)
        n += 1
        msg = c.send("reply%d" % n)
except StopIteration as e:
    print("sum", e.value)

# errors from __anext__ propagate into the async for
class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("broken stream")

async def use_broken():
    try:
        async for x in Broken():
            print("never")
    except ValueError as e:
        return "caught " + str(e)

try:
    use_broken().send(None)
except StopIteration as e:
    print(e.value)

# __aiter__ missing or returning something without __anext__
async def bad(obj):
    async for x in obj:
        pass

for obj in [[1, 2], object()]:
    try:
        bad(obj).send(None)
    except TypeError as e:
        print("TypeError:", e)

class NoAnext:
    def __aiter__(self):
        return 5

try:
    bad(NoAnext()).send(None)
except TypeError as e:
    print("TypeError:", e)
