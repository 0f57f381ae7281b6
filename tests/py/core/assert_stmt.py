# assert with and without message; AssertionError details
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert [], ['message', 'can be', 'any object']
except AssertionError as e:
    print(e.args[0])
def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    return x * 2
print(check(4))
try:
    check('4')
except AssertionError as e:
    print('AssertionError:', e)
calls = []
def msg():
    calls.append('evaluated')
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
x = 5
assert (x > 0), 'parens fine'
print(issubclass(AssertionError, Exception))
