# SyntaxError: unterminated string literal in the main script
# check: stderr
print('fine')
x = 'never closed
print(x)
