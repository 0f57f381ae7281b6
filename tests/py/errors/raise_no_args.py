# raise ValueError (class, no args): last line is just the class name
# check: stderr
print('about to raise')
raise ValueError
