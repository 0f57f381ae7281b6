# getattr/setattr/hasattr/delattr with defaults and errors
class Obj:
    cls_attr = 'class'
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, 'x'), getattr(o, 'cls_attr'), getattr(o, 'missing', 'default'))
print(hasattr(o, 'x'), hasattr(o, 'y'), hasattr(o, 'cls_attr'), hasattr(Obj, 'x'))
setattr(o, 'y', 2)
print(o.y, hasattr(o, 'y'))
setattr(o, 'with space', 3)
print(getattr(o, 'with space'))
delattr(o, 'y')
print(hasattr(o, 'y'))
try:
    getattr(o, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(o, 'nope')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(o, 5)
except TypeError as e:
    print('TypeError:', e)
print(getattr(o, 'missing', None) is None)
print(getattr(5, 'real'), getattr('abc', 'upper')(), hasattr([], 'append'), hasattr(5, 'append'))
print(getattr(Obj, '__name__'), getattr(o, '__class__').__name__)
setattr(Obj, 'added', 'to class')
print(o.added, Obj.added)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError:', e)
names = ['a', 'b', 'c']
for i, n in enumerate(names):
    setattr(o, n, i)
print([getattr(o, n) for n in names])
print(sorted(k for k in vars(o)))
method = getattr(o, '__init__')
method()
print(o.x)
