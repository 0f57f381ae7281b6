# exception raised three calls deep propagates to top level
# check: stderr
def level3(x):
    return int(x)
def level2(x):
    return level3(x) + 1
def level1(x):
    return level2(x) * 2
print(level1('21'))
print(level1('twenty'))
