# super() in a diamond: cooperative __init__ and method chaining follow the MRO
calls = []
class Base:
    def __init__(self):
        calls.append('Base')
        super().__init__()
    def hello(self):
        return ['Base']
class Left(Base):
    def __init__(self):
        calls.append('Left')
        super().__init__()
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def __init__(self):
        calls.append('Right')
        super().__init__()
    def hello(self):
        return ['Right'] + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        calls.append('Bottom')
        super().__init__()
    def hello(self):
        return ['Bottom'] + super().hello()
b = Bottom()
print(calls)
print(b.hello())
print([c.__name__ for c in Bottom.__mro__])
calls.clear()
Left()
print(calls)
class KwBase:
    def __init__(self, **kw):
        self.leftover = kw
class KwA(KwBase):
    def __init__(self, a=None, **kw):
        self.a = a
        super().__init__(**kw)
class KwB(KwBase):
    def __init__(self, b=None, **kw):
        self.b = b
        super().__init__(**kw)
class KwC(KwA, KwB):
    pass
k = KwC(a=1, b=2, c=3)
print(k.a, k.b, k.leftover)
