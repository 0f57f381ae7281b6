# truthiness via __bool__ and __len__; len() errors
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(3)), bool(L(0)), bool(L(2)), not L(0))
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(B(True)), bool(B(False)))
class Both:
    def __len__(self):
        return 0
    def __bool__(self):
        return True
print(bool(Both()), len(Both()))
class Neither:
    pass
print(bool(Neither()))
try:
    len(Neither())
except TypeError as e:
    print('TypeError:', e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print('ValueError:', e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print('TypeError:', e)
if L(1) and B(True):
    print('both truthy')
print(L(0) or 'fallback', [x.n for x in [L(0), L(1), L(2)] if x])
while_count = 0
obj = L(3)
while obj:
    obj.n -= 1
    while_count += 1
print(while_count)
try:
    len(5)
except TypeError as e:
    print('TypeError:', e)
