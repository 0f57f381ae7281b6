# RecursionError at the default limit is catchable, program continues
def f():
    return f()
try:
    f()
except RecursionError as e:
    print('RecursionError:', e)
def g(n):
    return g(n + 1)
try:
    g(0)
except RuntimeError as e:
    print(type(e).__name__, 'is a RuntimeError')
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
def bounded(n):
    return 0 if n == 0 else 1 + bounded(n - 1)
print('still works after:', bounded(500))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError:
    print('recursive __repr__ caught')
