# A class's own __doc__ and __annotations__ (not inherited), and the unhashable
# builtin containers having __hash__ = None.
class R:
    """Doc of R."""
    x: int = 1
class S(R):
    pass
class T:
    pass
print(S.__annotations__, R.__annotations__, T.__annotations__, '__annotations__' in T.__dict__)
print(R.__doc__, S.__doc__, T.__doc__)
print(list.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is None, tuple.__hash__ is None)
class L(list): pass
print(L.__hash__)
try:
    hash(L())
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), {(1,): 1}[(1,)])
