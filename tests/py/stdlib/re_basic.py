# re: the module-level functions and flags in ordinary use.
import re

# match / search / fullmatch
print(re.match(r'\d+', '123abc'))
print(re.match(r'\d+', 'abc123'))
print(re.search(r'\d+', 'abc123def'))
print(re.fullmatch(r'\w+', 'hello'), re.fullmatch(r'\w+', 'hello!'))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('a*?', 'aaa'))
print(re.match('', ''), re.search('x', ''))

# findall: no groups, one group, several groups
text = 'alice=30, bob=25, carol=41'
print(re.findall(r'\d+', text))
print(re.findall(r'(\w+)=', text))
print(re.findall(r'(\w+)=(\d+)', text))
print(re.findall(r'(\w+)=(\d+)?(x)?', 'a=1 b='))
print(re.findall(r'a*', 'baaac'))
print(re.findall('', 'abc'))

# finditer
for m in re.finditer(r'(\w)(\d)', 'a1 b2 c3'):
    print(m.span(), m.group(0), m.groups())
print([m.span() for m in re.finditer(r'x*', 'axxb')])

# sub / subn
print(re.sub(r'\s+', ' ', 'a   b \t\n c'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good bye'))
print(re.sub(r'(?P<first>\w+) (?P<second>\w+)', r'\g<second> \g<first> (\g<0>)', 'hello world'))
print(re.sub(r'(\d)', r'<\g<1>0>', 'a1b2'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub('a', 'x', 'aaaa', count=2), re.sub('a', 'x', 'aaaa', 0))
print(re.subn(r'o', '0', 'foo boo'), re.subn('z', 'y', 'abc'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('a', r'\n\t\\', 'a'), repr(re.sub('a', '\\-', 'a')))
print(re.sub('(?i)B', 'x', 'aBcb'))
print(re.sub('o', lambda m: None, 'foo'))

# split
print(re.split(r'\s*,\s*', 'a , b,c ,d'))
print(re.split(r'(,)', 'a,b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2))
print(re.split(r'x*', 'axbc'), re.split('', 'abc'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))

# flags
print(re.findall(r'^\w', 'one\ntwo\nthree', re.M))
print(re.findall(r'^\w', 'one\ntwo\nthree'))
print(re.findall(r'\w$', 'one\ntwo\nthree', re.MULTILINE))
print(re.search(r'a.b', 'a\nb'), re.search(r'a.b', 'a\nb', re.S).group())
print(re.findall('hello', 'Hello HELLO hello', re.I))
print(re.match(r'''
    (\d{3})   # area
    [-\s]?    # separator
    (\d{4})   # number
''', '555 1234', re.VERBOSE).groups())
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\w+', 'héllo wörld'))
print(re.search('(?i)straße', 'STRASSE'), re.search('(?i)k', '\u212a'), re.search('(?ai)k', '\u212a'))
print(re.findall('a.c', 'abc\naxc a\nc', re.I | re.S))
print(re.findall('(?im)^A', 'a\nA\nb'))
print(re.findall('(?s:.)(.)', 'a\nb\nc'))
print(re.search('(?x) a b  c', 'abc'), re.search('(?x)a\\ b', 'a b'))

# escape, purge
print(re.escape('a.b*c?d[e]f{g}h(i)j|k^l$m\\n'))
print(re.escape('hello world!-#&~'), re.escape('ab_12'), re.escape('\t\n'))
print(re.escape(b'a.b c'))
print(re.match(re.escape('1+1=2?'), '1+1=2?'))
re.purge()
p = re.compile('abc')
print(re.compile('abc') is p, re.compile(p) is p, re.search(p, 'xabc'))
re.purge()
print(re.compile('abc') == p, hash(re.compile('abc')) == hash(p), re.compile('abc', re.I) == p)

# flags objects
print(re.I, re.M | re.S, re.IGNORECASE.value, int(re.VERBOSE), re.A | re.I | re.X)
print(repr(re.NOFLAG), re.I & re.M, re.I | 0, 0 | re.I, re.I == 2, isinstance(re.I, int))
print(f'{re.I}', format(re.M, 'd'), re.I.name, (re.I | re.M).name)
print(re.compile('x', re.I | re.M).flags, re.compile('x').flags, re.compile(b'x').flags, re.compile('x', re.A).flags)
print(list(re.RegexFlag(10)), re.RegexFlag(2) == re.I)

# negative counts, reversed bounds
print(re.sub('a', 'x', 'aaa', count=-1), re.subn('a', 'x', 'aaa', -5), re.split('a', 'bab', -1))
print(re.compile('a').search('a', 0, -1), re.compile('').search('abc', 2, 1), re.compile('').match('abc', 5))
print(re.compile('').findall('abc', 2, 1), list(re.compile('').finditer('abc', 3, 0)))
