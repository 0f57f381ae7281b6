# __hash__: default identity hashing, __eq__ without __hash__ makes unhashable
class Default:
    pass
d1 = Default()
print(hash(d1) == hash(d1), {d1: 1}[d1], len({d1, d1, Default()}))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print('TypeError:', e)
try:
    {EqOnly()}
except TypeError as e:
    print('TypeError:', e)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f'Key({self.k!r})'
d = {Key('a'): 1}
d[Key('a')] = 2
d[Key('b')] = 3
print(d, len({Key(1), Key(1), Key(2)}))
print(Key('a') in d, Key('z') in d)
class Explicit(EqOnly):
    __hash__ = object.__hash__
e = Explicit()
print(hash(e) == hash(e))
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError:', e)
class SubOfKey(Key):
    pass
print(hash(SubOfKey('x')) == hash('x'))
class ConstHash:
    def __hash__(self):
        return 7
print(hash(ConstHash()), len({ConstHash(), ConstHash()}))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
