# round-robin scheduling with a types.coroutine based switch()
import types

@types.coroutine
def switch():
    yield

async def task(name, n):
    for i in range(n):
        print(name, i)
        await switch()
    return name * n

def run(*coros):
    queue = list(coros)
    done = []
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            done.append(e.value)
    return done

print(run(task("a", 2), task("b", 3), task("c", 1)))

# types.coroutine on a non-generator function passes awaitables through
async def native(x):
    return x + 1

wrapped = types.coroutine(native)
print(wrapped is native)

async def use():
    return await wrapped(1)

print(run(use()))
print(types.CoroutineType, types.GeneratorType, types.AsyncGeneratorType)
print(isinstance(use(), types.CoroutineType))

def gen():
    yield

print(isinstance(gen(), types.GeneratorType))
