# type(): names, identity comparisons, reprs of builtin types, type(type)
vals = [1, 1.5, 'a', b'a', True, None, [], (), {}, set(), frozenset(), range(1), 2 ** 100, slice(1)]
for v in vals:
    print(type(v).__name__, type(v))
print(type(1) is int, type(True) is int, type(True) is bool, type(1) == type(2))
print(type(int), type(type), type(object))
class Foo:
    pass
f = Foo()
print(type(f).__name__, type(f) is Foo, type(Foo).__name__)
print(type(f))
print(type(print).__name__, type(len).__name__)
def fn():
    pass
print(type(fn).__name__, type(lambda: 0).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__)
print(type(x for x in []).__name__)
print(type(NotImplemented).__name__, type(...).__name__)
print(int, str, list, dict, object, type, bool, float, Exception, KeyError)
t = type(5)
print(t('12') + 1, type('')(), type([])('ab'))
print(type(3.0)(2), type(())([1]))
Bar = type('Bar', (Foo,), {'x': 42})
print(Bar.__name__, Bar.x, isinstance(Bar(), Foo), Bar.__bases__)
