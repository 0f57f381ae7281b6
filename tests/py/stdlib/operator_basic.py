import operator as op
print(op.add(2, 3), op.sub(5, 7), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0))
print(op.not_(0), op.not_([1]), op.truth([]), op.truth(3))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 5), op.rshift(64, 2))
print(op.concat([1], [2]), op.concat('ab', 'cd'))
try:
    op.concat(1, 2)
except TypeError as e:
    print('TypeError', e)
l = [1, 2, 3]
print(op.getitem(l, 1), op.getitem(l, slice(0, 2)))
op.setitem(l, 0, 10); print(l)
op.delitem(l, 1); print(l)
print(op.contains(l, 3), op.contains('abc', 'z'), op.countOf([1, 2, 1], 1), op.indexOf([5, 6], 6))
try:
    op.indexOf([1], 9)
except ValueError as e:
    print('ValueError', e)
print(op.index(7), op.index(True))
try:
    op.index('x')
except TypeError as e:
    print('TypeError', e)
try:
    op.index(1.5)
except TypeError as e:
    print('TypeError', e)
g = op.itemgetter(1)
print(g([4, 5, 6]), g('xyz'), repr(g))
g2 = op.itemgetter(0, 2)
print(g2('abc'), repr(g2))
print(op.itemgetter('k')({'k': 9}))
print(sorted([(1, 'b'), (0, 'z'), (2, 'a')], key=op.itemgetter(1)))
class A:
    pass
a = A(); a.b = A(); a.b.c = 42; a.x = 1
print(op.attrgetter('x')(a), op.attrgetter('b.c')(a), op.attrgetter('x', 'b.c')(a))
print(repr(op.attrgetter('x', 'b.c')))
try:
    op.attrgetter('nope')(a)
except AttributeError as e:
    print('AttributeError', e)
try:
    op.attrgetter(1)
except TypeError as e:
    print('TypeError', e)
m = op.methodcaller('split', ',', maxsplit=1)
print(m('a,b,c'), repr(m))
print(op.methodcaller('upper')('hi'), repr(op.methodcaller('upper')))
x = [1]
y = op.iadd(x, [2]); print(x, y, x is y)
print(op.iadd(1, 2), op.isub(5, 2), op.imul(3, 3), op.itruediv(1, 4), op.ifloordiv(9, 2))
print(op.imod(9, 4), op.ipow(3, 3), op.iand(7, 3), op.ior(4, 1), op.ixor(5, 1), op.ilshift(1, 3), op.irshift(8, 1))
print(op.iconcat([1], (2,)))
class H:
    def __length_hint__(self):
        return 4
print(op.length_hint([1, 2]), op.length_hint(H(), 5), op.length_hint(5, 3))
print(op.call(max, 1, 5, 2))
print(op.__add__(1, 1), op.__getitem__([7], 0))
from functools import reduce
print(reduce(op.mul, range(1, 6)))
print(list(map(op.neg, [1, -2])))
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
