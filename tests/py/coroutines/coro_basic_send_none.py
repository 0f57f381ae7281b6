# async def creates a coroutine object; send(None) runs it to completion
async def add(a, b):
    print("add running", a, b)
    return a + b

c = add(2, 3)
print(type(c).__name__)
print("not started yet")
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

# a coroutine without return returns None
async def nothing():
    pass

try:
    nothing().send(None)
except StopIteration as e:
    print("value:", e.value, e.args)

# a coroutine that raises propagates the exception from send()
async def fails():
    raise ValueError("inside coroutine")

try:
    fails().send(None)
except ValueError as e:
    print("ValueError:", e)

# the coroutine function itself is a normal function object
print(type(add).__name__, add.__name__)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def greet(name, punctuation="!"):
    return "hello " + name + punctuation

print(run(greet("coil")))
print(run(greet("world", punctuation="?")))

async def compute(*args, **kw):
    return sum(args) + sum(kw.values())

print(run(compute(1, 2, 3, x=10)))

# closure over outer variables
def make(n):
    async def inner():
        return n * 2
    return inner

print(run(make(21)()))

# coroutine objects are not iterable
c2 = nothing()
try:
    iter(c2)
except TypeError as e:
    print("TypeError:", e)
c2.close()
