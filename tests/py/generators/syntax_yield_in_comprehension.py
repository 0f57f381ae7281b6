# SyntaxError: 'yield' inside list comprehension
# check: stderr
print("never printed")
def f():
    return [(yield x) for x in range(3)]
