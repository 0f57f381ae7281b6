# unary dunders: __neg__ __pos__ __abs__ __invert__, __int__ __float__ __index__, __round__
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(abs(self.v) * 100)
    def __abs__(self):
        return N(abs(self.v))
    def __invert__(self):
        return 'inverted'
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return 'rounded %s' % n
    def __repr__(self):
        return f'N({self.v})'
n = N(-3)
print(-n, +n, abs(n), ~n, -(-n))
print(int(n), float(n), round(n), round(n, 2))
print([10, 20, 30, 40][N(2)], 'abcdef'[N(1):N(4)], hex(N(255)), bin(N(5)))
print(range(N(3)), list(range(N(4)))[N(-1)])
class Plain:
    pass
for op, f in [('-', lambda x: -x), ('+', lambda x: +x), ('~', lambda x: ~x), ('abs', abs)]:
    try:
        f(Plain())
    except TypeError as e:
        print(op, 'TypeError:', e)
try:
    int(Plain())
except TypeError as e:
    print('TypeError:', e)
try:
    float(Plain())
except TypeError as e:
    print('TypeError:', e)
try:
    [1][Plain()]
except TypeError as e:
    print('TypeError:', e)
print(-True, +False, ~True, -(2 ** 64), +(-0.0), ~(2 ** 64))
