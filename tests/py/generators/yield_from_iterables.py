# yield from plain iterables and iterators (not generators)
def from_list():
    yield from [1, 2, 3]

def from_str():
    yield from "hey"

def from_range():
    yield from range(3, 0, -1)

def from_dict():
    yield from {"a": 1, "b": 2}

def from_tuple_and_set():
    yield from (7, 8)
    yield from sorted({9, 10})

def from_iterator():
    it = iter([10, 20, 30])
    next(it)
    yield from it

def from_map():
    yield from map(str.upper, ["x", "y"])

def from_genexp():
    yield from (i * i for i in range(4))

for fn in [from_list, from_str, from_range, from_dict, from_tuple_and_set,
           from_iterator, from_map, from_genexp]:
    print(fn.__name__, list(fn()))

# a class with __iter__ / __next__
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

def from_custom():
    yield from Countdown(4)
    yield "done"

print(list(from_custom()))

# non-iterable: TypeError when the yield from is reached
def from_int():
    yield "before"
    yield from 5

g = from_int()
print(next(g))
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)

def from_none():
    yield from None

try:
    list(from_none())
except TypeError as e:
    print("TypeError:", e)

# yield from of a plain iterator returns None
def result_of_plain():
    r = yield from [1]
    yield ("result", r)

print(list(result_of_plain()))
