# __getattr__ fallback (only for missing attrs), __setattr__, __delattr__
class Fallback:
    real = 'real attr'
    def __init__(self):
        self.inst = 'instance attr'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return 'dynamic ' + name[4:]
        raise AttributeError(f'{type(self).__name__} has no {name}')
f = Fallback()
print(f.real, f.inst, f.dyn_hello)
try:
    f.missing
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(f, 'dyn_x'), hasattr(f, 'nope'), getattr(f, 'nope', 'dflt'))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
class Recorder:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(('set', name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)
r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, hasattr(r, 'a'), r.b)
class Attrs:
    def __getattribute__(self, name):
        if name == 'magic':
            return 'from getattribute'
        return object.__getattribute__(self, name)
a = Attrs()
a.x = 5
print(a.magic, a.x)
class Default:
    def __getattr__(self, name):
        return None
d = Default()
print(d.anything, d.other is None)
d.anything = 1
print(d.anything)
