# TabError: inconsistent use of tabs and spaces in indentation
# check: stderr
if True:
        x = 1
	y = 2
