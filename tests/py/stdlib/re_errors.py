# re: bad patterns raise re.error with CPython's messages and positions;
# wrong argument types raise TypeError.
import re

def err(pat, flags=0):
    try:
        re.compile(pat, flags)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError, TypeError) as e:
        print(repr(pat), type(e).__name__ + ':', e)

for pat in ['(', ')', 'a)', '(a', '(?P<n>a', '[a', '[a-', '[]', '[^]', 'a**', 'a*+?+', '*a', '+', '?', 'a|*',
            '{1}', 'a{2,1}', 'x{99999999999}', '^*', '$+', r'\b*', r'\A?',
            '(?', '(?P', '(?Px)', '(?P<>a)', '(?P<1a>a)', '(?P<a>x)(?P<a>y)', '(?P=a)', '(?P=)', '(?P<a>(?P=a))',
            '(?<x)', '(?<=a+)b', '(?<!a*)b', '(?<=a|bc)d', '(?<=(a)\\1)b', '(?<=a(?P<n>b)(?P=n))c',
            r'\1', r'(a)\2', r'(a\1)', r'\400', r'[\400]', r'\x4', r'\u12', r'\U0011ffff', r'\N', r'\N{', r'\N{nosuch}',
            r'\q', r'[\q]', r'[\d-z]', r'[z-a]', '\\', 'a\\', r'[\A]',
            '(?(1)a|b)', '(?(0)a)', '(?(x)a)', '(?(1a)a)', '(a)(?(1)a|b|c)', '(?(1', '(?#abc',
            '(?i', '(?z)', '(?i-)', '(?-)', '(?i-z:a)', '(?a-a:b)', '(?-a:b)', '(?u)', '(?L)', '(?au)', '(?i:a',
            'a(?i)b', '(?x)a(?i)b', '(?i)(?m)a', '(?t:a)', '(?-t:a)', '(?i-i:a)',
            '(?>', '(?>a', 'a\n(b', '\n\n)']:
    err(pat)

err('a', re.LOCALE)
err('a', re.ASCII | re.UNICODE)
err(b'a', re.UNICODE)
err(b'a', re.ASCII | re.LOCALE)
err(b'(?u)a')
err(b'[a')
err(b'\\u1234')

# the error object
try:
    re.compile('a\nb(c\nd')
except re.error as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, Exception), e.args)
print(re.error('msg').pos, str(re.error('msg', 'pat', 2)), str(re.error('m', 'x\ny', 3)))

# templates
def sub_err(pat, repl, s='abc'):
    label = 'function' if callable(repl) else repr(repl)
    try:
        print(repr(re.sub(pat, repl, s)))
    except re.error as e:
        print(label, 'error:', e)
    except (IndexError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)

for repl in [r'\2', r'\g<2>', r'\g<x>', r'\g<1', r'\g<>', r'\g', r'\g<-1>', r'\g<a b>', r'\q', '\\', r'\400',
             r'\g<0>\g<1>', r'\10', r'\01', r'\1a', r'\n', r'\-', r'\g<n>']:
    sub_err('(?P<n>b)', repl)
sub_err('b', 3)
sub_err('b', lambda m: 3)
sub_err(b'b', 'x', b'abc')
sub_err(b'b', lambda m: 'x', b'abc')
sub_err('b', b'x')
sub_err('b', [1])
sub_err('(b)', b'\\1')
sub_err('b|(c)', lambda m: m.group(1), 'abcb')
sub_err('b', lambda m: 1, 'bab')
sub_err('x', 1, 'abc')
print(re.sub(b'(b)', rb'[\1]', b'abc'), re.subn(b'b', lambda m: b'X', bytearray(b'bab')))
m = re.match('(a)(b)?', 'a')
print(repr(m.expand(r'[\2]')))
for t in [r'\3', r'\g<zz>']:
    try:
        m.expand(t)
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

# wrong argument types
def type_err(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ':', e)

type_err(re.compile, 42)
type_err(re.compile, ['a'])
type_err(re.compile, re.compile('a'), re.I)
type_err(re.search, 'a', 42)
type_err(re.search, 'a', None)
type_err(re.search, 'a', b'a')
type_err(re.search, b'a', 'a')
type_err(re.findall, 'a', ['a'])
type_err(re.compile('a').match, 'a', 'x')
type_err(re.compile('a').match, 'a', 0, 1.5)
type_err(re.compile('a').match)
type_err(re.compile('a').match, 'a', 0, 1, 2)
type_err(re.compile('a').search, 'a', bad=1)
type_err(re.compile('a').search, 'a', string='a')
type_err(re.sub, 'a', 'b', 'a', 'x')
type_err(re.compile('a').split, 'a', maxsplit='x')
m = re.match('(a)(?P<n>b)', 'ab')
type_err(m.group, 3)
type_err(m.group, -1)
type_err(m.group, 'zz')
type_err(m.group, 1.0)
type_err(m.start, 5)
type_err(m.span, 'nope')
type_err(lambda: m[7])
type_err(m.group, 0, 9)
type_err(re.compile, 'a', 'i')
type_err(re.escape, 5)
