"""Cooperative multitasking without asyncio.

Several `async def` coroutines share one thread. Each one gives control back
with `await switch()`; a tiny scheduler resumes them in turn with send(None)
until every coroutine has returned.
"""


class switch:
    """An awaitable that suspends the current coroutine exactly once."""

    def __await__(self):
        yield


async def countdown(name, n):
    while n > 0:
        print(f"{name}: {n}")
        n -= 1
        await switch()
    print(f"{name}: lift-off!")
    return f"{name} done"


async def summer(name, numbers):
    total = 0
    for x in numbers:
        total += x
        print(f"{name}: added {x}, total {total}")
        await switch()
    return total


async def pipeline(name):
    # awaiting another coroutine runs it inside this task
    first = await summer(name + "/a", [1, 2])
    second = await summer(name + "/b", [10, 20])
    return first + second


def run(tasks):
    """Round-robin: resume each task once per turn until all have finished."""
    queue = list(tasks.items())
    results = {}
    turn = 0
    while queue:
        turn += 1
        name, coro = queue.pop(0)
        try:
            coro.send(None)
        except StopIteration as stop:
            print(f"[turn {turn}] {name} finished -> {stop.value!r}")
            results[name] = stop.value
        else:
            queue.append((name, coro))
    return results


if __name__ == "__main__":
    results = run({
        "rocket": countdown("rocket", 3),
        "adder": summer("adder", [5, 6, 7, 8]),
        "pipe": pipeline("pipe"),
    })
    print("results:", results)
