# TypeError messages for bad calls
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
class K:
    def m(self, x):
        return x
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, z=3),
    lambda: f(1, a=1),
    lambda: f(b=1),
    lambda: g(1),
    lambda: g(1, 2, 3, c=4),
    lambda: g(c=1),
    lambda: h(1),
    lambda: h(x=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: f(1, 2, **{'a': 3}),
]
for c in cases:
    try:
        c()
        print('no error')
    except TypeError as e:
        print(e)
def three(a, b, c):
    pass
try:
    three(1)
except TypeError as e:
    print(e)
def kwonly2(*, x, y):
    pass
try:
    kwonly2()
except TypeError as e:
    print(e)
