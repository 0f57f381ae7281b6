# close() of a generator that ignores GeneratorExit, uncaught
# check: stderr
def gen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")

g = gen()
print(next(g))
g.close()
print("never printed")
