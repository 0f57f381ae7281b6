# abs() for ints, floats, bools, big ints, user classes
print(abs(5), abs(-5), abs(0))
print(abs(-3.5), abs(3.5), abs(-0.0))
print(abs(-(2 ** 100)))
print(abs(True), abs(False))
print(abs(float('-inf')))
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__)
class V:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return 'abs of %d' % self.x
print(abs(V(-4)))
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)
try:
    abs(None)
except TypeError as e:
    print('TypeError:', e)
print([abs(i) for i in range(-3, 4)])
print(max([-7, 3, -2], key=abs))
print(sorted([-7, 3, -2, 0, 5], key=abs))
print(abs(-9223372036854775808))
print(abs(-1e308))
print(abs(-7 // 2), abs(-7 % 3))
print(abs(1 - 10), abs(10 - 1))
print(abs(-2 ** 63), abs(-(2 ** 64) + 1))
print(-abs(-3))
print(abs(abs(-abs(-5))))
print(sum(abs(x) for x in [-1, -2, 3]))
print(abs(-5.5) == 5.5)
print(abs(0.1 - 0.3))
print(abs(-1) is not None)
