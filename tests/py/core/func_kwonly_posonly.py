# keyword-only (after * or *args) and positional-only (before /) parameters
def kwo(a, *, b, c=3):
    return a, b, c
print(kwo(1, b=2), kwo(1, c=0, b=5), kwo(a=0, b=0))
try:
    kwo(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    kwo(1)
except TypeError as e:
    print('TypeError:', e)
def pos(a, b, /, c, d=4):
    return a, b, c, d
print(pos(1, 2, 3), pos(1, 2, c=3), pos(1, 2, 3, d=5))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print('TypeError:', e)
def both(a, /, b, *, c):
    return a, b, c
print(both(1, 2, c=3), both(1, b=2, c=3))
try:
    both(a=1, b=2, c=3)
except TypeError as e:
    print('TypeError:', e)
def star_kw(*args, last):
    return args, last
print(star_kw(1, 2, last=3), star_kw(last=0))
def posonly_kwargs(a, /, **kw):
    return a, kw
print(posonly_kwargs(1, a=2))
def all_kinds(p1, p2=2, /, n1=3, *args, k1, k2=20, **kwargs):
    return p1, p2, n1, args, k1, k2, kwargs
print(all_kinds(1, k1=10))
print(all_kinds(1, 2, 3, 4, 5, k1=6, k2=7, extra=8))
try:
    star_kw(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    kwo(1, b=2, d=4)
except TypeError as e:
    print('TypeError:', e)
