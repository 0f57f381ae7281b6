# coroutine-style generators driven with send(): an averager and a grep
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return (count, average)

avg = averager()
print(next(avg))
for t in [10, 30, 5, 15]:
    print(avg.send(t))
try:
    avg.send(None)
except StopIteration as e:
    print("result", e.value)

def primed(func):
    def wrapper(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)
        return g
    return wrapper

@primed
def grep(pattern, out):
    while True:
        line = yield
        if pattern in line:
            out.append(line)

found = []
g = grep("py", found)
for line in ["python", "rust", "pypy", "ruby", "cpython"]:
    g.send(line)
print(found)
g.close()

@primed
def broadcaster(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

a, b = [], []
bc = broadcaster([grep("a", a), grep("b", b)])
for w in ["apple", "banana", "cherry", "bob"]:
    bc.send(w)
print(a, b)

@primed
def counter():
    counts = {}
    try:
        while True:
            word = yield
            counts[word] = counts.get(word, 0) + 1
    except GeneratorExit:
        print("final counts", sorted(counts.items()))

c = counter()
for w in "a b a c b a".split():
    c.send(w)
c.close()
