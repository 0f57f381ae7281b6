# generator expressions and generator functions closing over variables
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])

funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])

# a genexp that creates lambdas: late binding on the genexp's own variable
gen = (lambda: k for k in range(3))
called_eagerly = [f() for f in gen]
print(called_eagerly)

gen = (lambda: k for k in range(3))
collected = list(gen)
print([f() for f in collected])

# free variables of the genexp are looked up when it runs, not when created
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))

def make_adders():
    for i in range(3):
        yield lambda x: x + i

adders = make_adders()
a0 = next(adders)
print(a0(100))
a1 = next(adders)
print(a0(100), a1(100))
rest = list(adders)
print([a(100) for a in [a0, a1] + rest])

def outer():
    factor = 2
    def gen(items):
        for it in items:
            yield it * factor
    g = gen([1, 2, 3])
    first = next(g)
    factor = 5
    return first, list(g)

print(outer())

def counter_closure():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    g = (bump() for _ in range(4))
    return list(g), count

print(counter_closure())
