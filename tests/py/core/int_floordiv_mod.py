# int floor division and modulo with negative operands
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 3), (-1, 3),
         (1, -3), (-1, -3), (6, 3), (-6, 3), (6, -3), (100, 7), (-100, 7), (100, -7)]
for a, b in pairs:
    print(a, b, a // b, a % b, (a // b) * b + a % b == a)
print(-7 // 2, -(7 // 2))
print(-1 // 10, -1 % 10)
print(13 % 5, -13 % 5, 13 % -5, -13 % -5)
print(2**70 // 3, -(2**70) // 3, 2**70 % 7, -(2**70) % 7)
print(5 // 1, 5 % 1)
x = 17
x //= 5
print(x)
x = -17
x %= 5
print(x)
for n in range(-6, 7):
    print(n, n // 4, n % 4, n // -4, n % -4)
