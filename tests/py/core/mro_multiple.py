# multiple inheritance and C3 method resolution order
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C'
class D(B, C):
    pass
class E(C, B):
    pass
print([c.__name__ for c in D.__mro__], D().who())
print([c.__name__ for c in E.__mro__], E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.__mro__])
print([c.__name__ for c in M.mro()])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print('TypeError:', e)
class Mixin:
    def extra(self):
        return 'mixin extra for ' + self.name()
class Named:
    def name(self):
        return 'named'
class Both(Mixin, Named):
    pass
print(Both().extra(), [c.__name__ for c in Both.__mro__])
class P1:
    attr = 'P1'
class P2:
    attr = 'P2'
    only2 = 'from P2'
class Child(P1, P2):
    pass
print(Child.attr, Child.only2)
print(D.__bases__ == (B, C), len(object.__mro__))
