# center / ljust / rjust / zfill
for w in [0, 3, 5, 6, 7, 10]:
    print(repr('abc'.center(w)), repr('abc'.ljust(w)), repr('abc'.rjust(w)))
print(repr('abc'.center(9, '*')), repr('abc'.ljust(6, '-')), repr('abc'.rjust(6, '0')))
print(repr('ab'.center(5)), repr('ab'.center(5, '.')), repr('abc'.center(6, '.')))
print(repr('a'.center(4)), repr('a'.center(2)), repr(''.center(3, 'x')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '42'.zfill(1), ''.zfill(3))
print('3.14'.zfill(8), '-3.14'.zfill(8), 'abc'.zfill(6), '--1'.zfill(5))
try:
    'abc'.center(10, 'ab')
except TypeError as e:
    print('TypeError:', e)
try:
    'abc'.ljust(10, '')
except TypeError as e:
    print('TypeError:', e)
rows = [('apple', 3), ('kiwi', 12), ('banana', 100)]
for name, n in rows:
    print(name.ljust(8) + '|' + str(n).rjust(5) + '|')
print('|' + 'title'.center(20, '=') + '|')
print('x'.rjust(-5) == 'x')
