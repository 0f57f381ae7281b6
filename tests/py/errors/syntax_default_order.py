# SyntaxError: non-default argument follows default argument
# check: stderr
def f(a=1, b):
    pass
