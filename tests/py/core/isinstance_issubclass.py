# isinstance/issubclass with builtins, tuples, user classes
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance('s', str), isinstance(b's', bytes), isinstance('s', (bytes, list)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(None, type(None)), isinstance(None, object), isinstance(int, type), isinstance(int, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, int))
print(issubclass(bool, (str, int)), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, TypeError)))
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, B), isinstance(o, C), isinstance(o, (B, C)))
print(issubclass(D, A), issubclass(D, C), issubclass(A, D), issubclass(D, (int, C)))
print(issubclass(D, object), isinstance(D, type), isinstance(A(), object))
print(isinstance(1, ((str, (list, int)),)))
try:
    isinstance(1, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
print(isinstance(print, object), isinstance(len, type))
print(isinstance(ValueError('x'), Exception), issubclass(ValueError, BaseException))
print(isinstance(range(3), range), isinstance(iter([]), list))
