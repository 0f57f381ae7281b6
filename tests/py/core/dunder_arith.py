# arithmetic dunders: __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__ etc.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'V({self.x}, {self.y})'
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __and__(self, o):
        return 'and'
    def __or__(self, o):
        return 'or'
    def __xor__(self, o):
        return 'xor'
    def __lshift__(self, n):
        return 'lshift %d' % n
    def __rshift__(self, n):
        return 'rshift %d' % n
a, b = V(1, 2), V(3, 4)
print(a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2)
print(a @ b, a & b, a | b, a ^ b, a << 2, a >> 1)
print(divmod(7, 2), sum([V(1, 1), V(2, 2)], V(0, 0)))
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
acc = Acc()
orig = acc
acc += 1
acc += 2
acc -= 1
print(acc.items, acc is orig)
c = V(1, 1)
c_orig = c
c += V(1, 1)
c *= 10
print(c, c is c_orig, c_orig)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __repr__(self):
        return f'Money({self.c})'
print(Money(5) + Money(6), Money(5) + 1, 1 + Money(5), sum([Money(1), Money(2)]))
