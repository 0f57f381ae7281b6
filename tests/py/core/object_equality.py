# object() identity-based equality, default __eq__/__ne__, NotImplemented
a = object()
b = object()
print(a == a, a == b, a != b, a != a)
print(a is a, a is b)
print([a] == [a], [a] == [b], a in [a], a in [b])
print({a: 1}.get(a), {a: 1}.get(b))
print(type(a).__name__, str(type(a)))
print(a.__eq__(a), a.__eq__(b), a.__ne__(b))
print(object.__eq__(a, a), object() == 5, 5 == object())
try:
    object() < object()
except TypeError as e:
    print('TypeError:', e)
try:
    a.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(isinstance(a, object), isinstance(5, object), issubclass(int, object))
print(len({a, b, a}), object.__name__)
print(hasattr(a, '__dict__'), hasattr(a, '__class__'))
