# int() from strings: bases, underscores, whitespace, signs, errors
print(int('42'))
print(int('  42  '))
print(int('\t-17\n'))
print(int('+5'))
print(int('1_000_000'))
print(int('0'), int('-0'), int('000'))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('0o777', 8))
print(int('1010', 2), int('0b1010', 0), int('0B1010', 2))
print(int('z', 36), int('Z', 36), int('10', 36))
print(int('12', 3), int('-12', 3))
print(int('1_0', 0), int('0x_ff', 16))
print(int(3.99), int(-3.99), int(0.5))
print(int(True), int())
print(int('10', base=2))
bad = ['abc', '', ' ', '1.5', '1__0', '_1', '1_', '0x10', '12a', '- 5', '++5']
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError:', e)
for s, b in [('2', 2), ('g', 16), ('0b2', 0), ('08', 0), ('9', 8)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError:', e)
print(int('010', 10), int('0', 0), int('00', 0))
try:
    int('5', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int('5', 37)
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
