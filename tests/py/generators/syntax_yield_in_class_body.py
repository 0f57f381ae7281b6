# SyntaxError: 'yield' outside function (a class body is not a function)
# check: stderr
print("never printed")
class C:
    x = 1
    yield x
