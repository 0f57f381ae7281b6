# @property with getter, setter, deleter; read-only properties
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting celsius')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
print(t.celsius)
print(type(Temp.celsius).__name__, isinstance(Temp.fahrenheit, property))
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
lz = Lazy()
print(lz.value, lz.value, lz.computed)
class Old:
    def _get(self):
        return 'via property()'
    def _set(self, v):
        print('set', v)
    x = property(_get, _set, doc='doc')
o = Old()
print(o.x)
o.x = 5
class Sub(Temp):
    @property
    def celsius(self):
        return 'overridden'
print(Sub(1).celsius)
try:
    del Lazy().value
except AttributeError as e:
    print('AttributeError:', e)
