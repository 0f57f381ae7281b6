# generator already executing, uncaught
# check: stderr
def gen():
    print("running")
    yield next(g)

g = gen()
next(g)
