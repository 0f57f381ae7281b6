# SyntaxError: unmatched closing bracket
# check: stderr
x = [1, 2, 3]]
