# IndentationError: unindent does not match any outer indentation level
# check: stderr
def f():
        x = 1
    return x
