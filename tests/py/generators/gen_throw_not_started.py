# throw() into a generator that has not started yet: the exception is raised
# at the very start, before any code (try blocks inside are not active yet)
def gen():
    print("body started")
    try:
        yield 1
    except ValueError:
        print("caught inside")
        yield "handled"
    finally:
        print("finally")

g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("propagated:", e)
print(next(g, "exhausted"))
print(g.gi_frame is None)

# the same for close(): nothing in the body runs
g2 = gen()
g2.close()
print("closed unstarted", next(g2, "exhausted"))

# throw a class into an unstarted generator
g3 = gen()
try:
    g3.throw(KeyError)
except KeyError as e:
    print("KeyError", repr(e))

# a started generator behaves differently
g4 = gen()
print(next(g4))
print(g4.throw(ValueError("late")))
try:
    next(g4)
except StopIteration:
    print("g4 done")

# throwing StopIteration into an unstarted generator
g5 = gen()
try:
    g5.throw(StopIteration)
except StopIteration:
    print("StopIteration came out unchanged")
except RuntimeError as e:
    print("RuntimeError:", e)
