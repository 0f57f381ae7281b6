# fnmatch: shell-style patterns, translate(), filter(), bytes patterns.
import fnmatch
from fnmatch import fnmatch as fm, fnmatchcase, translate

pats = ['*', '*.py', 'a?c', '[abc]*', '[!abc]*', '[a-c]x', '[!a-c]x', '*[0-9]', '[]]', '[!]]', '[', '[!',
        'a[', '[a-]', '[-a]', '[z-a]', '[!z-a]', '[a-c-e]', '[\\]', 'a*b*c', '**x**', '*a*', '?*?', '.*',
        'a.b', 'x+y', '(a)', '[&&]', '[~~]', '[a|b]', '[^a]', '[[]', '[!!]', 'é*', '[é-ë]', '\\*', '[!]']
names = ['', 'a', 'abc', 'ab.py', 'x.py', 'ax', 'bx', 'dx', 'file1', ']', '[', 'a[', '-', 'a-b', 'ccc',
         'aXbYc', 'xx', '.hidden', 'a.b', 'axb', 'x+y', '(a)', '&', '~', '|', '^', '!', 'éa', 'ê', '\\',
         '*', 'abc\n', 'a\nc']
for p in pats:
    print(repr(p), translate(p), [n for n in names if fnmatchcase(n, p)])

print(fm('FOO.TXT', '*.txt'), fm('foo.txt', '*.txt'), fnmatchcase('A', 'a'))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py', 'd'], '*.py'), fnmatch.filter(iter(['x', 'y']), '?'))
print(fnmatch.filter([], '*'), fnmatch.filter(['a/b', 'a/c/d'], 'a/*'))
print(fm(b'abc.py', b'*.py'), fnmatchcase(b'\xe9x', b'?x'), fnmatch.filter([b'a', b'b'], b'[a]'))
print(translate('[0-9]*.log'), translate('report_??.csv'))
for bad in [(1, '*'), ('a', 2), ('a', b'a')]:
    try:
        print(fm(*bad))
    except TypeError as e:
        print('TypeError:', e)
