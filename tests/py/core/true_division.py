# true division always gives float; division by zero errors
print(1 / 2, 4 / 2, -1 / 2, 7 / -2)
print(10 / 3, -10 / 3)
print(1 / 3 * 3)
print(0 / 5, -0 / 5, 0 / -5)
print(2 ** 100 / 2 ** 99)
print(1 / 2 ** 100)
print(10 ** 30 / 3)
print(type(6 / 3).__name__)
print(1.0 / 4, 1 / 4.0)
x = 10
x /= 4
print(x)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (2 ** 70, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (-5, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(3 / 1e-320)
print(7 / 7, -7 / 7)
print(1e308 / 1e-308)
