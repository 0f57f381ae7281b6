# more str behaviour: iteration, unicode lengths, str() conversion, join/split round trips, methods chain
s = 'Hello, World'
print([c for c in s if c.isupper()], s.lower().count('l'), s.swapcase())
print('-'.join(s.split(', ')), s.split(', ', 1)[1])
print(len('naïve'), 'naïve'.upper(), 'ÅNGSTRÖM'.lower())
print(str(12) + str(3.5) + str(True) + str(None) + str([1]) + str((2,)))
print('a,b,c'.split(',') == list('abc'), ','.join('a,b,c'.split(',')) == 'a,b,c')
print('  Mixed Case  '.strip().lower().replace(' ', '_'))
print('abc'.encode().decode() == 'abc', 'x'.join([]) == '')
print('%s=%d' % ('n', 5), '%.3s' % 'abcdef', '%5.2f|%-6d|' % (3.14159, 42))
print('%x %o %e %g' % (255, 8, 12345.678, 0.0001))
print('%s' % (1,), '%s %s' % ('a', 'b'), '%%')
print('%r' % [1, 'a'], '%s' % {'k': 'v'})
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    '%s %s' % ('only',)
except TypeError as e:
    print('TypeError:', e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print('TypeError:', e)
print('abc'.translate(str.maketrans('abc', 'xyz')), 'hello'.translate({ord('l'): None}))
print(str.maketrans('ab', 'cd') == {97: 99, 98: 100})
print('title'.center(11, '~').upper())
print(max('apple', 'banana', key=len), 'Zebra' < 'apple', 'zebra' > 'Apple')
print(''.join(sorted('python')), ''.join(sorted('Python', key=str.lower)))
print('a\tb'.split('\t'), 'x y'.split(' ', 5), 'one two'.rsplit(maxsplit=0))
