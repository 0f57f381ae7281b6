# __repr__ and __str__: fallbacks and where each is used
class Both:
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly-repr'
class StrOnly:
    def __str__(self):
        return 'StrOnly-str'
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(str(b), repr(b), str(r), repr(r), str(s))
print([b, r], (b,), {'k': r})
print(f'{b} {b!r} {r} {r!r}')
print('%s %r' % (b, b))
print(repr(s).startswith('<__main__.StrOnly object at '))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'{type(self).__name__}({self.x!r}, {self.y!r})'
class Point3(Point):
    pass
print(Point(1, 'a'), Point3(2.5, None), [Point(0, 0)])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class Nested:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return f'Nested({self.inner!r})'
print(Nested(Nested('x')), str(Nested([1])))
print(str(Point(1, 2)) == repr(Point(1, 2)))
