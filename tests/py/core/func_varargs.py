# *args and **kwargs in definitions
def f(*args):
    return args
print(f(), f(1), f(1, 'a', None), type(f()).__name__)
def g(**kwargs):
    return kwargs
print(g(), g(a=1), g(b=2, a=1), type(g()).__name__)
def h(a, *args, b=0, **kwargs):
    return a, args, b, kwargs
print(h(1), h(1, 2, 3), h(1, b=5, c=6), h(1, 2, b=3, z=4, y=5))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def describe(**info):
    return ', '.join(f'{k}={v}' for k, v in info.items())
print(describe(name='x', size=3, ok=True))
def wrapper(*args, **kwargs):
    return h(*args, **kwargs)
print(wrapper(9, 8, b=7, q=6))
def mod_args(*args):
    args = list(args)
    args.append('added')
    return args
t = (1, 2)
print(mod_args(*t), t)
def kw_mut(**kw):
    kw['new'] = 1
    return kw
orig = {'a': 0}
print(kw_mut(**orig), orig)
def first_rest(first, *rest):
    return first, rest
print(first_rest('only'), first_rest(*'abc'))
