# uncaught ZeroDivisionError after some output: status 1, last stderr line
# check: stderr
print('before the error')
x = 10
y = 0
print(x / y)
print('never printed')
