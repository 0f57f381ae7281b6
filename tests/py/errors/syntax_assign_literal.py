# SyntaxError: cannot assign to literal
# check: stderr
1 = x
