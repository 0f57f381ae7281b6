# str(), format() and repr of int/float/str/complex subclasses and bools:
# only str and bytes define __str__, an empty format spec means str(self).
print(int.__repr__(True), int.__str__(False), bool.__repr__(True), format(True, 'd'), '%d' % True, str(True), repr(False))
class I(int):
    def __repr__(self): return 'I!'
print(repr(I(3)), str(I(3)), f'{I(3)}', '%s' % I(3), format(I(3)), f'{I(3):5}', '%d' % I(3))
class F(float):
    def __repr__(self): return 'F!'
print(str(F(1.5)), f'{F(1.5)}', format(F(1.5)), f'{F(1.5):.2f}')
print(int.__str__ is object.__str__, float.__str__ is object.__str__, complex.__str__ is object.__str__, str(3), str(2.5), str(1+2j), str(-0.0))
class J(int): pass
print(str(J(7)), repr(J(7)), f'{J(7)}')
print(str([1, 2]), str((1,)), str({1: 2}))
class S(str):
    def __str__(self): return 'S!'
    def __repr__(self): return 'R!'
print(format(S('x')), f'{S("x")}', str(S('x')), '%s' % S('x'), f'{S("x"):3}|')
class C(complex):
    def __repr__(self): return 'C!'
print(format(C(1, 2)), str(C(1, 2)))
class I2(int):
    def __str__(self): return 'I2!'
print(format(I2(4)), f'{I2(4)}', str(I2(4)), repr(I2(4)), '%s' % I2(4), '%d' % I2(4))
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
x = MyInt(5)
print(str(x), f"{x}", "%s" % x, int.__repr__(True), float.__repr__(1.5))
