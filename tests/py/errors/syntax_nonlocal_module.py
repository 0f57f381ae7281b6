# SyntaxError: nonlocal at module level
# check: stderr
nonlocal x
