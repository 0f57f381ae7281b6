# re: Pattern and Match objects, their attributes, methods and reprs.
import copy
import re

p = re.compile(r'(?P<key>\w+)=(?P<val>\d+)?(;)?')
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(repr(re.compile('a+')), repr(re.compile(b'a+')), repr(re.compile('a', re.I | re.M | re.S)))
print(repr(re.compile('a', re.A)), repr(re.compile(b'a', re.L)), repr(re.compile('x' * 300))[-20:])
print(repr(re.compile("it's")), repr(re.compile('a\nb')))
print(type(p).__name__, type(p) is re.Pattern, isinstance(p, re.Pattern))

m = p.search('  size=42; x')
print(m)
print(type(m).__name__, type(m) is re.Match, isinstance(m, re.Match))
print(m.group(), m.group(0), m.group(1), m.group('val'), m.group(1, 'val', 3))
print(m[0], m[1], m['key'], m[3])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start(2), m.end('val'), m.span(3))
print(m.string, m.re is p, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.expand(r'\g<val> is \1 [\g<0>]'), m.expand(r'\2\n'))

m = p.match('flag=')
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0), m.group(2), m.start(2), m.end(2), m.span('val'))
print(m.lastindex, m.lastgroup)

# lastindex / lastgroup follow the group that closed last
for pat, s in [('(a)b', 'ab'), ('((a)b)', 'ab'), ('(a)(b)', 'ab'), ('(a())', 'a'), ('(a)()', 'a'),
               ('(?:(a)|(b))+', 'ab'), ('(?:(a)|(b))+', 'ba'), ('(?P<x>a)(?P<y>b)?', 'a'), ('a', 'a')]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup)

# pos and endpos
p2 = re.compile(r'\w+')
print(p2.search('hello world', 3), p2.search('hello world', 6, 8), p2.match('hello world', 6))
print(p2.findall('one two three', 4), p2.findall('one two three', 0, 6), p2.findall('abc', 5), p2.findall('abc', -5, -1))
print([m.span() for m in p2.finditer('ab cd ef', 2, 7)])
print(p2.fullmatch('abc def', 4), p2.fullmatch('abc def', 0, 3), p2.search('abc', pos=1, endpos=2))
m = p2.search('hello', -3, 100)
print(m.pos, m.endpos, m)
print(re.compile('^a').search('ba', 1), re.compile('(?m)^a').search('b\na', 1), re.compile('a$').search('ab', 0, 1))
print(re.compile(r'(?<=b)a').search('ba', 1), re.compile(r'\ba').search('ba', 1))
print(p2.search('abc', 2, 1), p2.match(string='xyz'), p2.search('xyz', endpos=2))

# Match repr and truncation
print(re.search('b+', 'a' + 'b' * 100))
print(re.search('.+', 'it\'s "quoted"'), re.search(b'x+', b'axxb'))
print(re.match('', 'abc'))

# copying and equality
print(copy.copy(p) is p, copy.deepcopy(p) is p)
m = p.match('k=1')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.compile('a') == re.compile('a'), re.compile('a') != re.compile('b'), re.compile('a') == 'a')
print(len({re.compile('a'), re.compile('a'), re.compile('b')}))

# sub/subn/split as methods, with keywords
p3 = re.compile(r'(\d+)')
print(p3.sub(r'<\1>', 'a1b22c333'), p3.sub(repl='#', string='a1b2', count=1), p3.subn(lambda m: m.group() * 2, 'x1y2'))
print(p3.split('a1b22c'), p3.split('a1b22c', 1), p3.split(string='a1b', maxsplit=0))
print(re.compile('x').split('axbxc', -1))

# groups in finditer and callable replacements see the right match
seen = []
def repl(m):
    seen.append((m.start(), m.group(1), m.string, m.pos, m.endpos))
    return m.group(1).upper()
print(re.sub(r'(\w)\w*', repl, 'ab cd'), seen)
it = re.finditer(r'\d', 'a1b2')
print(iter(it) is it, next(it).group(), next(it).group())
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(list(it))
