# generators as methods, __iter__ written as a generator, static/class methods
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def rows(self):
        for y in range(self.h):
            yield [(x, y) for x in range(self.w)]
    @staticmethod
    def corners(w, h):
        yield (0, 0)
        yield (w - 1, h - 1)
    @classmethod
    def named(cls):
        yield cls.__name__

r = Range2D(3, 2)
print(list(r))
print(list(r))
print(list(r.rows()))
print(list(Range2D.corners(5, 5)))
print(list(Range2D.named()))

# each iter() call makes a fresh generator
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2))
print(it1 is not it2)

class Bag:
    def __init__(self):
        self.items = []
    def add(self, *xs):
        self.items.extend(xs)
        return self
    def __iter__(self):
        yield from self.items
    def __reversed__(self):
        i = len(self.items)
        while i:
            i -= 1
            yield self.items[i]
    def __contains__(self, x):
        print("  __contains__", x)
        return x in self.items

b = Bag().add(1, 2, 3)
print(list(b), list(reversed(b)))
print(2 in b, sorted(b, reverse=True), sum(b))
a, *rest = b
print(a, rest)

# the generator sees attribute changes made after creation
g = iter(b)
print(next(g))
b.items.append(4)
print(list(g))

class Sub(Bag):
    def __iter__(self):
        for x in super().__iter__():
            yield x * 10

print(list(Sub().add(1, 2)))
