# NotImplemented fallback to reflected ops, subclass priority, unsupported operand errors
class A:
    def __add__(self, o):
        print('  A.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('  A.__radd__')
        return 'A.radd'
class B:
    def __add__(self, o):
        print('  B.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('  B.__radd__')
        return 'B.radd'
print(A() + B())
print(1 + A())
print(B() + A())
class Neither:
    pass
try:
    Neither() + Neither()
except TypeError as e:
    print('TypeError:', e)
try:
    A() + A()
except TypeError as e:
    print('TypeError:', e)
try:
    Neither() - 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 * Neither()
except TypeError as e:
    print('TypeError:', e)
try:
    Neither() ** 2
except TypeError as e:
    print('TypeError:', e)
try:
    [] - []
except TypeError as e:
    print('TypeError:', e)
try:
    {} + {}
except TypeError as e:
    print('TypeError:', e)
try:
    None + 1
except TypeError as e:
    print('TypeError:', e)
class Base:
    def __mul__(self, o):
        return 'Base.mul'
    def __rmul__(self, o):
        return 'Base.rmul'
class Derived(Base):
    def __rmul__(self, o):
        return 'Derived.rmul'
print(Base() * Derived())
print(Derived() * Base())
print(2 * Base(), Base() * 2)
class R:
    def __rsub__(self, o):
        return f'{o} - R'
    def __rtruediv__(self, o):
        return f'{o} / R'
    def __rpow__(self, o):
        return f'{o} ** R'
    def __rfloordiv__(self, o):
        return f'{o} // R'
    def __rmod__(self, o):
        return f'{o} % R'
print(10 - R(), 10 / R(), 2 ** R(), 7 // R(), 7 % R())
class OnlyAdd:
    def __add__(self, o):
        return 'added'
x = OnlyAdd()
x += 1
print(x)
