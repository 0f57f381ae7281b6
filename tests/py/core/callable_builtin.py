# callable() on various objects
class WithCall:
    def __call__(self):
        return 'called'
class Without:
    pass
def fn():
    pass
print(callable(fn), callable(lambda: 0), callable(print), callable(len))
print(callable(int), callable(WithCall), callable(Without), callable(type))
print(callable(WithCall()), callable(Without()), callable(1), callable('s'))
print(callable(None), callable([]), callable([].append), callable(str.upper))
print(callable(WithCall()()), WithCall()())
w = Without()
w.__call__ = lambda: 'instance attr'
print(callable(w))
print(callable(fn.__call__), callable(Without.__init__))
print([callable(x) for x in (0, abs, 'x'.join, {}.get, object)])
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(callable(WithMeta), callable(WithMeta()), callable(Meta))
class Prop:
    @property
    def p(self):
        return lambda: 'prop lambda'
    @staticmethod
    def s():
        return 's'
    @classmethod
    def c(cls):
        return 'c'
print(callable(Prop().p), Prop().p(), callable(Prop.s), callable(Prop.c), callable(Prop().c))
print(callable(iter([])), callable(range), callable(range(3)), callable(print))
print(callable(getattr), callable(getattr(Prop, 'c')), callable(type(None)))
def gen():
    yield 1
print(callable(gen), callable(gen()))
