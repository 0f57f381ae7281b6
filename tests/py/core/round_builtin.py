# round(): banker's rounding, ndigits, negative ndigits, types
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 0.5001, 2.675, 1.005]:
    print(x, round(x), round(x, 2))
print(round(3), round(-3), type(round(3.7)).__name__)
print(round(3.14159, 3), round(3.14159, 0), type(round(3.5, 0)).__name__)
print(round(1234.5678, -1), round(1234.5678, -2), round(1234.5678, -5))
print(round(1234, -1), round(1235, -1), round(1245, -1), round(-1235, -1))
print(round(15, -1), round(25, -1), round(150, -2), round(250, -2))
print(round(5, 2), round(-7, 0))
print(round(0.1 + 0.2, 10))
print(round(2 ** 70 + 5, -1))
print(round(1e20, 2), round(123.456, None))
print(round(-0.0), round(-0.4))
print(round(0.125, 2), round(0.375, 2))
print(round(1e-10, 5))
print([round(i / 10) for i in range(-10, 11)])
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(round(float('inf'), 2))
try:
    round('1.5')
except TypeError as e:
    print('TypeError:', e)
