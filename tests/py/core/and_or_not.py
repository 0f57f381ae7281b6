# and/or return operands, short-circuit, not
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'x' or 'default', None or 0, 0 or None)
print([] and 'nope', [1] and 'yes', {} or [] or () or 'last')
print(None and 1/0)
print(1 or 1/0)
print(not 0, not 1, not '', not 'a', not [], not None)
print(not not 5)
print(type(not 5).__name__)
print(1 and 2 and 3, 1 and 0 and 3, 0 or '' or [])
print(True and False or True, False or True and False)
print(not 1 == 2, not (1 == 2))
calls = []
def t(x):
    calls.append(x)
    return x
t(0) and t(1)
print(calls)
calls.clear()
t(1) and t(0) and t(2)
print(calls)
calls.clear()
t(0) or t(0) or t(3) or t(4)
print(calls)
x = None
name = x or 'anonymous'
print(name)
n = 5
print(n > 3 and 'big' or 'small')
n = 1
print(n > 3 and 'big' or 'small')
print(0.0 or -0.0, 0j if False else 'skip')
print([x for x in [0, 1, '', 'a', None, [], [0]] if x])
print(all([]) and any([1]))
print((1, 2) or (), () and (1,))
