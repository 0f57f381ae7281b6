# IndentationError: unexpected indent
# check: stderr
x = 1
    y = 2
print(x)
