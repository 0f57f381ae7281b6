# super() with explicit arguments, super in classmethods, skipping levels
class A:
    def f(self):
        return 'A.f'
    @classmethod
    def make(cls):
        return f'A.make for {cls.__name__}'
class B(A):
    def f(self):
        return 'B.f > ' + super().f()
    @classmethod
    def make(cls):
        return 'B.make > ' + super().make()
class C(B):
    def f(self):
        return 'C.f > ' + super().f()
    def skip(self):
        return super(B, self).f()
    def explicit(self):
        return super(C, self).f()
c = C()
print(c.f())
print(c.skip())
print(c.explicit())
print(C.make())
print(super(C, c).f())
print(super(B, C).make())
class Base:
    def __init__(self, v):
        self.v = v
class Child(Base):
    def __init__(self, v):
        super(Child, self).__init__(v * 2)
print(Child(5).v)
class S(str):
    def upper(self):
        return 'custom ' + super().upper()
print(S('abc').upper(), S('abc') + 'd', len(S('xy')))
class L(list):
    def append(self, x):
        super().append(x * 10)
l = L([1])
l.append(2)
print(l, isinstance(l, list))
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = D(a=1)
print(d['A'])
