# sending a value to a just-started generator, uncaught
# check: stderr
def gen():
    x = yield
    print(x)

g = gen()
print("sending")
g.send("too early")
