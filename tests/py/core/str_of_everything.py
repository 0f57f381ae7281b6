# str() and repr() of many builtin values
vals = [0, -1, 2 ** 65, 1.0, -0.5, 1e-7, 1e22, True, False, None, '', 'x', b'', b'x',
        [], (), {}, set(), frozenset(), [1], (1,), {1: 2}, {3}, range(0), range(1, 5, 2),
        slice(None), Ellipsis, NotImplemented, int, str, type, object, ValueError,
        ValueError('msg'), KeyError('k'), Exception(), Exception(1, 2), StopIteration(5)]
for v in vals:
    print(str(v), '|', repr(v))
print(str(), repr(str()))
print(str(123).zfill(5), str(-1.5).replace('.', ','))
print(str(b'abc', 'utf-8'), str(bytearray(b'xy'), 'ascii'))
print(str(object)[:15])
