# SyntaxError: invalid syntax (plain)
# check: stderr
x = = 1
