# from m import a as b, import m as n, from m import multiple names
from _helper_mod import add as plus, CONSTANT, Thing
from _helper_mod import greeting as g, bump
import _helper_mod as hm
print(plus(10, 20), CONSTANT, Thing(1), g)
print(bump(), hm.counter)
hm.CONSTANT = 'changed in module'
print(CONSTANT, hm.CONSTANT)
from _helper_mod import CONSTANT
print(CONSTANT)
from _helper_mod import (
    add,
    greeting,
)
print(add('a', 'b'), greeting)
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print('ImportError:', str(e).split(' (')[0])
print(plus is hm.add, Thing is hm.Thing)
def local_import():
    from _helper_mod import add as inner_add
    return inner_add(1, 1)
print(local_import())
print('inner_add' in dir())
