# producer/consumer with async generators, async with and a manual loop
class Pause:
    def __await__(self):
        yield

class Queue:
    def __init__(self):
        self.items = []
    async def put(self, item):
        self.items.append(item)
        await Pause()
    async def get(self):
        while not self.items:
            await Pause()
        return self.items.pop(0)

class Session:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open session", self.name)
        return self
    async def __aexit__(self, *exc):
        print("close session", self.name)

async def producer(q, n):
    async with Session("producer"):
        for i in range(n):
            print("put", i)
            await q.put(i)
        await q.put(None)

async def items(q):
    while True:
        item = await q.get()
        if item is None:
            return
        yield item

async def consumer(q):
    total = 0
    async with Session("consumer"):
        async for item in items(q):
            print("got", item)
            total += item
    return total

q = Queue()
tasks = [consumer(q), producer(q, 4)]
results = []
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        results.append(e.value)
print("results", results)
