# closures in loops bind late; default-argument and factory fixes
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])
def factory(i):
    return lambda: i
made = [factory(i) for i in range(3)]
print([f() for f in made])
adders = []
for n in range(3):
    def add(x, n=n):
        return x + n
    adders.append(add)
print([a(10) for a in adders])
late = []
for n in range(3):
    def add2(x):
        return x + n
    late.append(add2)
print([a(10) for a in late])
n = 100
print([a(10) for a in late])
gen_funcs = list(lambda: j for j in 'ab')
print([f() for f in gen_funcs])
def outer():
    fs = []
    for k in range(3):
        fs.append(lambda: k * 10)
    k = 100
    return fs
print([f() for f in outer()])
