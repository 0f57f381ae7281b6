# import of a module beside the script: attributes, caching, module identity
import _helper_mod
print(_helper_mod.CONSTANT, _helper_mod.greeting)
print(_helper_mod.add(2, 3), _helper_mod.Thing('x'))
print(_helper_mod.__name__, type(_helper_mod).__name__)
print(_helper_mod.bump(), _helper_mod.bump(), _helper_mod.counter)
import _helper_mod
print('second import did not re-execute', _helper_mod.counter)
import _helper_mod as again
print(again is _helper_mod)
import sys
print('_helper_mod' in sys.modules, sys.modules['_helper_mod'] is _helper_mod)
_helper_mod.CONSTANT = 'patched'
import _helper_pkg_util
print(_helper_pkg_util.twice_constant(), _helper_pkg_util.name_seen)
print(hasattr(_helper_mod, '_private'), hasattr(_helper_mod, 'nonexistent'))
try:
    _helper_mod.nonexistent
except AttributeError as e:
    print('AttributeError:', e)
try:
    import _no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
def f():
    import _helper_mod as local_alias
    return local_alias.greeting
print(f())
print(sorted(n for n in dir(_helper_mod) if not n.startswith('__')))
