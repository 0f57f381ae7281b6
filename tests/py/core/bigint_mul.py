# big ints past 2**64: add, sub, mul, neg
a = 2 ** 64
print(a)
print(a - 1)
print(a + 1)
print(a * a)
print(-a)
print(a * -a)
b = 18446744073709551615
print(b + 1 == a)
print(b * b)
c = 123456789012345678901234567890
d = 987654321098765432109876543210
print(c + d)
print(c - d)
print(d - c)
print(c * d)
print(-c * d)
print(c * 0)
print(c * 1)
print((c * d) // d == c)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f * f)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
print(len(str(x)))
print(2 ** 64 - 2 ** 64)
print(type(2 ** 64 - 2 ** 64).__name__)
print(sum([2 ** 63] * 4))
print(-(2 ** 63) - 2 ** 63)
print(99999999999999999999 * 99999999999999999999)
