# an uncaught StopIteration inside a generator surfaces as RuntimeError
# check: stderr
def gen():
    yield "one"
    next(iter(()))
    yield "two"

g = gen()
print(next(g))
print(next(g))
