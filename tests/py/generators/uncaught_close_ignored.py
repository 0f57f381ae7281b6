# close() of a generator that ignores GeneratorExit, uncaught
# check: stderr
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
    yield 2

g = gen()
print(next(g))
g.close()
print("never printed")
