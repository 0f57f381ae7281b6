if True:
print('not indented')
# IndentationError: expected an indented block after 'if' statement on line 1
# check: stderr
