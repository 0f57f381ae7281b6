# float repr: shortest round-trip representation
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1.0, 10.0, 100.0, 1e15, 1e16, 1e17,
        1.5e16, 1e22, 1e23, 1e-4, 1e-5, 0.0001234, 1.5e300, 1.5e-300, 2.0 ** 0.5,
        3.14159, 123456789.123, 0.5, 0.25, 1e100, 5e-324, 1.7976931348623157e308,
        -0.0, 0.0, -1.5, 12345678901234567890.0, 9007199254740993.0]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'))
print(repr(float('inf')), repr(-float('inf')))
print(float(2 ** 53), float(2 ** 64), float(10 ** 20), float(10 ** 16))
print(1e16, 1e15, 123e14)
print(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1)
print(100.0 / 3)
print(2.5, 2.50, 2.)
print(.5, 5e0, 5E2, 1_000.5)
print([0.1, 1e-7, 1e21])
print(1.0e-10, 12.0e10)
print(float(3), float(-7))
print(3.0 * 2, 6 / 3, 7 / 2)
print(1e308 * 10, -1e308 * 10)
print(0.1 + 0.7, 4.35 * 100)
