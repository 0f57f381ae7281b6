# default arguments, keyword arguments, evaluation time of defaults
def greet(name, greeting='Hello', punct='!'):
    return f'{greeting}, {name}{punct}'
print(greet('Ann'))
print(greet('Bob', 'Hi'))
print(greet('Cy', punct='?'))
print(greet(punct='.', name='Di', greeting='Yo'))
counter = 10
def uses_default(x=counter):
    return x
counter = 20
print(uses_default(), counter)
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c
print(f(1), f(1, 5), f(1, c=9), f(a=4, c=0), f(1, 2, 3))
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default(), none_default([0]))
print(f.__defaults__, greet.__defaults__, none_default.__defaults__)
def kw_default(*, flag=False):
    return flag
print(kw_default(), kw_default(flag=True))
print(kw_default.__kwdefaults__)
def expr_default(x=[i * 2 for i in range(3)], y=len('four')):
    return x, y
print(expr_default())
print(f.__name__, greet.__name__, kw_default.__name__)
