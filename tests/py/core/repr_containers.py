# repr/str of containers, nested, with strings and special values
print([1, 'a', 2.5, None, True, [2, [3]], (4,), {'k': 'v'}])
print(str([1, 'a']), repr([1, 'a']))
print(('a',), ('a', 'b'), ((),), ())
print({'a': [1, {'b': (2, 'c')}]}, {1: None, None: 1})
print({1: {}}, {(): []}, [{}], [set()], [frozenset()])
print([float('inf'), float('nan'), -0.0, 1e100, 2 ** 70])
print(["it's", 'say "x"', 'tab\t', 'nl\n', 'é', '\x00'])
print({'q"': "a'b"})
print([b'x', bytearray(b'y'), range(3), slice(1, 2)])
print(str(()), str({}), str([]), str(set()), str(''), repr(''))
class R:
    def __repr__(self):
        return 'R()'
    def __str__(self):
        return 'str-R'
print([R(), R()], (R(),), {'r': R()}, str(R()), repr(R()))
print(f'{[R()]}', '%s' % [R()], '{}'.format((R(),)))
class OnlyStr:
    def __str__(self):
        return 'only-str'
o = OnlyStr()
print(str(o), str([1]) + str(o))
print([[[[]]]], [[], [[]]], [(), ((),)])
print([None, ..., NotImplemented])
print(list(range(3)), tuple(range(3)), dict.fromkeys(range(3), ()))
print({'nested': {'deeper': {'deepest': []}}})
