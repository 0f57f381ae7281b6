# gi_running is True only while the generator body executes
def gen():
    print("inside, running =", me.gi_running)
    yield 1
    print("inside again, running =", me.gi_running)
    yield 2

me = gen()
print("before start:", me.gi_running)
print(next(me))
print("paused:", me.gi_running)
print(next(me))
print("paused:", me.gi_running)
print(next(me, "end"))
print("finished:", me.gi_running)

# gi_running of an outer generator while an inner one runs
def inner():
    print("inner sees outer running:", outer_gen.gi_running)
    print("inner sees itself running:", inner_gen.gi_running)
    yield "i"

def outer():
    yield from inner_gen

inner_gen = inner()
outer_gen = outer()
print(next(outer_gen))
print(outer_gen.gi_running, inner_gen.gi_running)

# gi_running is read-only
try:
    me.gi_running = True
except AttributeError:
    print("gi_running is read-only")

# generator expressions have it too
ge = (x for x in range(2))
print(ge.gi_running, next(ge), ge.gi_running)
