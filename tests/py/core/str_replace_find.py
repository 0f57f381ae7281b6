# replace, find, rfind, index, rindex, count
s = 'the cat sat on the mat'
print(s.replace('at', 'og'))
print(s.replace('at', 'og', 2))
print(s.replace('the', 'a', 1))
print(s.replace('', '-')[:12])
print('aaaa'.replace('aa', 'b'))
print('abc'.replace('x', 'y'), 'abc'.replace('abc', ''))
print(s.find('at'), s.find('at', 6), s.find('at', 6, 8), s.find('dog'))
print(s.rfind('at'), s.rfind('at', 0, 10), s.rfind('xyz'))
print(s.find(''), s.rfind(''), 'abc'.find('', 10))
print(s.index('sat'), s.rindex('the'))
try:
    s.index('dog')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('dog')
except ValueError as e:
    print('ValueError:', e)
print(s.count('at'), s.count('t'), s.count(''), s.count('at', 10))
print('aaaa'.count('aa'), 'abababa'.count('aba'))
print(s.find('the', -5), s.find('t', -100))
print('hello'.find('l'), 'hello'.rfind('l'))
print('hello'.index('lo'), 'hello'.count('l', 3, 4))
print(''.find(''), ''.count(''), 'x'.count(''))
print('a.b.c'.replace('.', '', -1))
print('Hello World'.replace('o', '0').replace('l', '1'))
print(s.startswith('the') and s.find('the', 1))
