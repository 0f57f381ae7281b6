# KeyError message formatting for various key types
d = {}
for key in ['name', 5, (1, 2), None, 2.5, '', "it's", True, frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    d.pop('gone')
except KeyError as e:
    print('pop:', e)
try:
    {}.popitem()
except KeyError as e:
    print('popitem:', e)
try:
    raise KeyError('a', 'b')
except KeyError as e:
    print(str(e), repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    set().remove(3)
except KeyError as e:
    print('set remove:', e)
try:
    set().pop()
except KeyError as e:
    print('set pop:', e)
print(isinstance(KeyError('x'), LookupError))
