# generator expressions passed to sum/any/all/list/sorted/min/max/tuple/set/dict/join
nums = [5, 3, 8, 1]
print(sum(x * 2 for x in nums))
print(any(x > 7 for x in nums), all(x > 0 for x in nums), all(x > 3 for x in nums))
print(list(x for x in nums if x % 2))
print(sorted(x * -1 for x in nums), sorted((x for x in nums), reverse=True))
print(min(x % 4 for x in nums), max(len(s) for s in ['a', 'abc', 'ab']))
print(tuple(c.upper() for c in 'abc'), sorted(set(x % 3 for x in range(10))))
print(dict((k, v) for k, v in zip('ab', (1, 2))))
print(', '.join(str(x) for x in range(5)))
g = (x * x for x in range(4))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(1 for _ in range(100) if _ % 7 == 0))
lazy_log = []
def noisy(x):
    lazy_log.append(x)
    return x
gen = (noisy(x) for x in range(3))
print(lazy_log)
print(next(gen), lazy_log)
print(max((len(w), w) for w in ['pear', 'fig', 'banana']))
print(list(zip((i for i in 'ab'), (j for j in range(5)))))
print(sum(x for x in []), any(x for x in []), list(x for x in ()))
print(list(x for x in (y * 2 for y in range(3))))
