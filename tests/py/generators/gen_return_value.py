# return in a generator sets StopIteration.value
def gen():
    yield 1
    return "the result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)

def no_return():
    yield 1

n = no_return()
next(n)
try:
    next(n)
except StopIteration as e:
    print("implicit return:", repr(e.value), e.args)

def bare_return():
    yield 1
    return

b = bare_return()
next(b)
try:
    next(b)
except StopIteration as e:
    print("bare return:", repr(e.value), e.args)

def tuple_return():
    yield
    return 1, 2

t = tuple_return()
next(t)
try:
    next(t)
except StopIteration as e:
    print("tuple:", e.value, e.args)

# the value is only reported once; later next() gives a plain StopIteration
try:
    next(g)
except StopIteration as e:
    print("second time:", repr(e.value))

# return before any yield
def early(flag):
    if flag:
        return "early"
    yield "late"

try:
    next(early(True))
except StopIteration as e:
    print("early:", e.value)
print(list(early(False)))

# list() ignores the return value
print(list(gen()))

def returns_list():
    yield 0
    return [1, 2]

rl = returns_list()
for x in rl:
    print("loop", x)
try:
    next(rl)
except StopIteration as e:
    print("after loop:", e.value)
