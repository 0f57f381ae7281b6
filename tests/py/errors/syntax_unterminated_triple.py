# SyntaxError: unterminated triple-quoted string literal
# check: stderr
print('fine')
s = '''starts here
and never
ends
