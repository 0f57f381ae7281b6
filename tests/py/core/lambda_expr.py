# lambda expressions: args, defaults, closures, immediate calls, in data structures
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
ops = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print(ops['add'](3, 4), ops['mul'](3, 4))
print(sorted(['bb', 'c', 'aaa'], key=lambda s: len(s)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x > 1, [1, 2, 3])))
make_mul = lambda n: lambda x: x * n
print(make_mul(3)(5))
print(sq.__name__, (lambda: 0).__name__)
print((lambda x: (yield_ := x))(5))
cond = lambda x: 'pos' if x > 0 else ('zero' if x == 0 else 'neg')
print([cond(v) for v in (-1, 0, 1)])
fs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in fs])
print((lambda: (lambda: 'nested')())())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(9) + '!')
print((lambda x=[]: x.append(1) or len(x))(), (lambda x=[]: x)())
counter = [0]
inc = lambda: counter.__setitem__(0, counter[0] + 1)
inc(); inc()
print(counter)
