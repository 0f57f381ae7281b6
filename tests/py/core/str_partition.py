# partition / rpartition
print('key=value'.partition('='))
print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('novalue'.partition('='))
print('novalue'.rpartition('='))
print(''.partition('x'), ''.rpartition('x'))
print('abcabc'.partition('bc'), 'abcabc'.rpartition('bc'))
print('==='.partition('='), '==='.rpartition('='))
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail)
path = 'dir/sub/file.txt'
d, _, f = path.rpartition('/')
print(d, f)
stem, dot, ext = f.rpartition('.')
print(stem, dot, ext)
try:
    'a'.partition('')
except ValueError as e:
    print('ValueError:', e)
for line in ['a: 1', 'b:2', 'c', ': empty key']:
    k, s, v = line.partition(':')
    print(repr(k.strip()), bool(s), repr(v.strip()))
