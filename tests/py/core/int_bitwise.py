# bitwise operators, shifts, negative numbers
print(12 & 10, 12 | 10, 12 ^ 10)
print(~0, ~5, ~-1, ~-6)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(1 << 0, 1 << 10, 5 << 3)
print(1024 >> 3, 1024 >> 20, -1024 >> 3, -1 >> 100)
print(-5 >> 1, -6 >> 1, 5 >> 1)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(bin(0b1100 & 0b1010), bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
x = 0b1011
x &= 0b0110
print(x)
x |= 0b1000
print(x)
x ^= 0b1111
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
print(1 << 64, (1 << 64) >> 64)
print(-(1 << 64) >> 1)
print((1 << 100) & ((1 << 100) - 1))
print(1 + 2 << 3, 1 + (2 << 3))
print(1 | 2 ^ 3 & 4)
print(6 & 3 == 2)
for i in range(-4, 5):
    print(i, i & 1, i | 1, i ^ -1, i << 2, i >> 1)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
