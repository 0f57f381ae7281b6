# Float powers: the common case and the edges (negative bases give complex
# numbers, overflow raises, zero to a negative power raises).
cases = [(2.0, 0.5), (10.0, -2.0), (2.0, 3), (0.5, 1e10), (7.5, 0.0),
         (1e-300, 2.0), (-8.0, 1 / 3), (-2.0, 2.0), (0.0, 0.5),
         (float("inf"), 0.5), (2.0, float("-inf")), (float("nan"), 1.0),
         (1e300, 2.0), (2.0, 1024.0), (0.0, -1.0), (-0.0, -3.0)]
for x, y in cases:
    try:
        r = x ** y
        print(repr(x), repr(y), repr(r))
    except Exception as e:
        print(repr(x), repr(y), type(e).__name__, e)
x = 3.0
x **= 0.5
print(x)
