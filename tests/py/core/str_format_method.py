# str.format: positional, keyword, index, attribute, specs, braces
print('{} {}'.format('a', 'b'))
print('{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Bob', age=30))
print('{0[1]} {d[k]}'.format([10, 20], d={'k': 'v'}))
class P:
    x = 3
    y = 4
print('{p.x},{p.y}'.format(p=P()))
print('{{literal}} {}'.format('x'))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'))
print('{:*^11}'.format('mid'))
print('{:5d}|{:<5d}|{:05d}|{:+d}|{: d}'.format(42, 42, 42, 42, 42))
print('{:.3f} {:10.2f} {:e} {:.2e} {:g} {:%}'.format(3.14159, 2.5, 12345.678, 0.00012, 1e-5, 0.25))
print('{:,} {:_} {:,.2f}'.format(1234567, 1234567, 1234567.891))
print('{:x} {:X} {:o} {:b} {:#x}'.format(255, 255, 8, 5, 255))
print('{!r} {!s} {!a}'.format('hi', 'hi', 'hé'))
print('{0!r:>10}'.format('x'))
print('{:{}}|'.format('w', 5))
print('{:{fill}{align}{width}}'.format('z', fill='-', align='>', width=4))
print('{:c}'.format(65), '{:s}'.format('str'))
try:
    '{} {}'.format('only one')
except IndexError as e:
    print('IndexError:', e)
try:
    '{missing}'.format()
except KeyError as e:
    print('KeyError:', e)
try:
    '{:d}'.format('x')
except ValueError as e:
    print('ValueError:', e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print('ValueError:', e)
print('%s and %r and %d%% and %5.1f' % ('s', 'r', 50, 2.345))
print('%(a)s-%(b)03d' % {'a': 'A', 'b': 7})
print('%-5s|%5s|' % ('ab', 'cd'))
print('%c%c' % (72, 'i'))
print('{}'.format(None), '{}'.format([1, 'a']))
