# SyntaxError: '(' was never closed
# check: stderr
print('start')
result = max(1, 2
print(result)
