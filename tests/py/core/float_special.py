# inf, nan, negative zero semantics
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf > 1e308, -inf < -1e308)
print(1 / inf, -1 / inf)
print(-0.0, 0.0 == -0.0, str(-0.0), repr(0.0 * -1))
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * -1)
print(abs(-0.0), abs(-inf))
print(max(inf, 5), min(-inf, 5))
print([x for x in [1.0, nan, 2.0] if x == x])
print(inf // 1 if False else 'skip')
print(float('Infinity'), float('-INF'), float('  nan  '), float('+inf'))
print(round(2.5), round(-0.5), round(0.5))
print(int(-0.0))
try:
    int(inf)
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(nan)
except ValueError as e:
    print('ValueError:', e)
print(inf == float('inf'), hash(inf) == hash(float('inf')))
print(1e308 + 1e308)
# `nan in [float('nan')]` is left out: see tests/py_diffs/float_identity.md
print(nan in [nan])
l = [nan]
print(l == l, l[0] == l[0])
print(sorted([3.0, -0.0, 0.0, -1.0]))
print(-inf < 0 < inf)
print(f'{inf}', f'{-inf:10}', f'{nan:.2f}', f'{inf:e}')
print(2.0 ** 1000 * 2.0 ** 100)
print(float('1e400'), float('-1e400'), float('1e-400'))
