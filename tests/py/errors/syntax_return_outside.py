# SyntaxError: 'return' outside function
# check: stderr
print('module level')
return 5
