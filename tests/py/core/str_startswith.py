# startswith / endswith including tuples and ranges
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''))
print(s.startswith(('x', 'he')), s.startswith(('x', 'y')), s.endswith(('ld', 'zz')))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('hello', 0, 5), s.endswith('lo', 0, 5), s.endswith('o', -1))
print(s.startswith('o', -1), s.startswith('h', -100))
print(''.startswith(''), ''.endswith('x'))
print('file.py'.endswith(('.py', '.txt')), 'file.rs'.endswith(('.py', '.txt')))
print(s.startswith(()), s.endswith(()))
try:
    s.startswith(['he'])
except TypeError as e:
    print('TypeError:', e)
try:
    s.endswith(1)
except TypeError as e:
    print('TypeError:', e)
names = ['test_a', 'helper', 'test_b', '_private']
print([n for n in names if n.startswith('test_')])
print([n for n in names if not n.startswith(('_', 'test'))])
print('abc'.startswith('abcd'), 'abc'.endswith('zabc'))
print('abc'.startswith('a', 0, 0), 'abc'.startswith('', 3), 'abc'.startswith('', 4))
