# uncaught RecursionError from unbounded recursion
# check: stderr
def f(n):
    return f(n + 1)
print('recursing')
f(0)
