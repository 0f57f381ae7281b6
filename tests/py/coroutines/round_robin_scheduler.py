# a round-robin scheduler for async def coroutines driven with send(None)
class Yield:
    """Awaitable that gives control back to the scheduler once."""
    def __await__(self):
        yield

async def worker(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await Yield()
    print(name, "finished")
    return name.upper() * steps

def run_all(coros):
    queue = list(coros)
    results = {}
    while queue:
        coro = queue.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results[coro.__name__ + ":" + str(e.value)] = True
            continue
        queue.append(coro)
    return sorted(results)

print(run_all([worker("a", 3), worker("b", 1), worker("c", 2)]))

# tasks that spawn nested coroutines
async def sub(name, n):
    total = 0
    for i in range(n):
        total += i
        await Yield()
    return total

async def parent(name):
    x = await sub(name, 3)
    print(name, "sub returned", x)
    y = await sub(name, 2)
    print(name, "second sub returned", y)
    return x + y

def scheduler(tasks):
    ready = [(name, t) for name, t in tasks]
    ticks = 0
    finished = []
    while ready:
        name, task = ready.pop(0)
        ticks += 1
        try:
            task.send(None)
            ready.append((name, task))
        except StopIteration as e:
            finished.append((name, e.value, ticks))
    return finished

print(scheduler([("p1", parent("p1")), ("p2", parent("p2"))]))
