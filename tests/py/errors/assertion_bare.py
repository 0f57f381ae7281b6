# uncaught AssertionError without message
# check: stderr
assert 1 + 1 == 2
print("first assert passed")
assert []
