# float() from strings and numbers
print(float('1.5'))
print(float('  1.5 '))
print(float('1e3'), float('1E3'), float('-1e-3'), float('+2.5'))
print(float('.5'), float('5.'), float('0005.500'))
print(float('1_000.5'), float('1_0e1_0'))
print(float('inf'), float('-inf'), float('Inf'), float('infinity'))
print(float('nan'), float('NaN'))
print(float(3), float(-0), float(True))
print(float(2 ** 70))
print(float('3.141592653589793238462643383279'))
print(float('0.1'), float('0.30000000000000004'))
print(float('\n\t12\n'))
print(float())
for s in ['abc', '', '1.2.3', '1e', 'e5', '1_', '_1', '1__0', '0x10', 'in f', '--1']:
    try:
        print(float(s))
    except ValueError as e:
        print('ValueError:', e)
try:
    float(None)
except TypeError as e:
    print('TypeError:', e)
try:
    float([])
except TypeError as e:
    print('TypeError:', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
print(float('1e308'), float('2e308'))
print(float('-0'), float('-0.0'))
