# __class__, __name__, __qualname__, __dict__, __module__, __doc__
class Outer:
    """Outer docstring."""
    attr = 1
    class Inner:
        def method(self):
            pass
    def meth(self):
        pass
o = Outer()
o.x = 10
o.y = 'why'
print(o.__class__, o.__class__.__name__, o.__class__ is Outer)
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.meth.__name__, Outer.meth.__qualname__)
print(o.__dict__, vars(o) is o.__dict__)
o.__dict__['z'] = 'via dict'
print(o.z, sorted(o.__dict__))
print(Outer.__doc__, Outer.Inner.__doc__, Outer.__module__)
print('attr' in Outer.__dict__, 'meth' in Outer.__dict__, 'x' in Outer.__dict__)
def func():
    """func doc"""
print(func.__name__, func.__qualname__, func.__doc__, func.__module__)
def outer_fn():
    def inner_fn():
        pass
    return inner_fn
print(outer_fn().__qualname__)
print(type(o).__mro__[-1].__name__, int.__name__, len.__name__)
class Slotless:
    pass
s = Slotless()
print(s.__dict__)
s.__class__ = Outer
print(type(s).__name__, s.attr)
print(Outer.__bases__, object.__bases__, type.__name__)
