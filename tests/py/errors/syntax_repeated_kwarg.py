# SyntaxError: keyword argument repeated
# check: stderr
def f(**kw):
    return kw
f(a=1, a=2)
