# a coroutine can only be run once
async def once():
    return "ran"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

c = once()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# awaiting the same coroutine twice
async def twice():
    inner = once()
    a = await inner
    try:
        b = await inner
    except RuntimeError as e:
        b = "RuntimeError: " + str(e)
    return a, b

print(run(twice()))

# a coroutine that failed cannot be resumed either
async def fails():
    raise ValueError("x")

f = fails()
try:
    f.send(None)
except ValueError:
    print("failed once")
try:
    f.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# a closed coroutine
async def waits():
    await Yielder()

class Yielder:
    def __await__(self):
        yield "paused"

w = waits()
print(w.send(None))
w.close()
try:
    w.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# close on a finished coroutine is fine
print(c.close())

# sending a non-None value to a just-started coroutine
fresh = once()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(run(fresh))
