# send() through yield from goes to the sub-generator
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

def delegator():
    while True:
        result = yield from accumulator()
        print("accumulator returned", result)
        if result > 100:
            return "big"

d = delegator()
print(next(d))
print(d.send(10))
print(d.send(20))
print(d.send(None))
print(d.send(200))
try:
    d.send(None)
except StopIteration as e:
    print("delegator returned", e.value)

# send() to a yield from over a plain iterator: non-None is an error
def over_list():
    yield from iter([1, 2, 3])

g = over_list()
print(next(g))
print(g.send(None))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# values sent are seen by the sub-generator, not by the delegator
def echo():
    while True:
        got = yield
        print("echo got", got)

def wrapper():
    received = yield from echo()
    print("never reached", received)

w = wrapper()
next(w)
for item in ["a", 1, (2, 3)]:
    w.send(item)
w.close()
print("closed")
