# helper with a syntax error, imported by syntax_error_import.py
def ok():
    return 1
x = = 2
