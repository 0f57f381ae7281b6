# `while True:` / `while 1:` compile without a test (as in CPython); the
# else clause, break, return and finally still behave.
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print("never")
print(i)


def f():
    n = 0
    while 1:
        n += 1
        if n == 5:
            return n


print(f())
while 0:
    print("no")
else:
    print("else runs")
while True:
    try:
        break
    finally:
        print("fin")


def g():
    while True:
        x = yield
        if x is None:
            return "done"
        print("got", x)


it = g()
next(it)
it.send(1)
it.send(2)
try:
    it.send(None)
except StopIteration as e:
    print(e.value)
