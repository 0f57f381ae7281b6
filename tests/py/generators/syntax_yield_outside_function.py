# SyntaxError: 'yield' outside function
# check: stderr
print("this line never runs: the whole file fails to compile")
x = 1
yield x
