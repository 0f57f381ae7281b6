# pow() with 2 and 3 args, modular inverse, errors
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3))
print(pow(3, 4, 5), pow(2, 100, 17), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(5, 0, 3), pow(0, 0, 7), pow(7, 1, 1))
print(pow(3, -1, 7), pow(2, -1, 101), pow(10, -2, 17))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 10 ** 6, 10 ** 9 + 7))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
print(pow(4, 0.5), pow(-8, 2), pow(0.5, -2))
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print('ValueError:', e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print('TypeError:', e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(type(pow(2, -2)).__name__, type(pow(2, 2)).__name__)
print([pow(i, 2, 5) for i in range(10)])
print(pow(-1, 0.5) == pow(-1, 0.5))
print(pow(1, 10 ** 10), pow(-1, 10 ** 10 + 1))
print(pow(2 ** 64, 2, 2 ** 64 - 1))
