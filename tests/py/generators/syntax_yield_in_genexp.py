# SyntaxError: 'yield' inside generator expression
# check: stderr
print("never printed")
def f():
    return list((yield x) for x in range(3))
