# SyntaxError: 'break' outside loop
# check: stderr
if True:
    break
