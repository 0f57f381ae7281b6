# float floor div/mod, int() truncation, is_integer, hex-free helpers
print(int(2.9), int(-2.9), int(1e10))
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.0 % -2)
print(5.5 // 0.5, 5.5 % 0.5)
print(1e10 // 3)
print(0.3 // 0.1, 0.3 % 0.1)
print((3.0).is_integer(), (3.25).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (-2.25).as_integer_ratio(), (4.0).as_integer_ratio())
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.__name__, (1.0).__class__.__name__)
print(float.fromhex('0x1.8p1'), (1.5).hex())
print((2.5).__trunc__(), (-2.5).__trunc__())
print((1.5).__add__(1), (1.5).__mul__(2), (1.5).__add__('x'))
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(1.1 + 2.2, 3.3 * 3, 1.0 - 0.9)
print(1e-3 * 1e3, 1 / 10 * 10)
x = 1.0
for _ in range(10):
    x *= 1.1
print(x)
y = 100.0
y -= 0.01
y /= 3
y //= 2
print(y)
print(float(int(3.999)))
print(max(0.1, 0.10000000000000001), 0.1 == 0.10000000000000001)
