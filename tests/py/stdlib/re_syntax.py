# re: the pattern syntax, with the places where Python's dialect is particular.
import re

def show(pat, s, flags=0):
    m = re.search(pat, s, flags)
    print(repr(pat), repr(s), m.span() if m else None, m.groups() if m else '', re.findall(pat, s, flags))

# backreferences
show(r'(\w)\1', 'abccd')
show(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'yo\'')
show(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj')
show(r'(a)\1{2}', 'aaaa')
show(r'(?i)(a)\1', 'aA')
show(r'(a)|\1b', 'b')
# octal escapes and \0
show(r'\101\x42\u0043\U00000044', 'ABCD')
show(r'\0', 'a\0b')
show(r'\012', 'a\nb')
show(r'[\101-\103]+', 'xABCD')
# lookaround
show(r'\w+(?=!)', 'so fancy!')
show(r'\w+(?!\w|!)', 'ab! cd')
show(r'(?<=\$)\d+', 'cost: $42, 17')
show(r'(?<!\$)\b\d+', 'cost: $42, 17')
show(r'(?<=(a))b', 'ab')
show(r'(?=(\w+))\w', 'ab')
show(r'(?<=ab|cd)x', 'abx cdx efx')
# lazy, greedy, possessive, atomic
show(r'<.+>', '<a><b>')
show(r'<.+?>', '<a><b>')
show(r'a{2,3}?', 'aaaa')
show(r'a{,2}', 'aaa')
show(r'a{2,}', 'a aa aaa')
show(r'a{2}', 'aaaaa')
show(r'x{}', 'x{}')
show(r'x{a}', 'x{a}')
show(r'x{1,a}', 'x{1,a}')
show(r'a++b', 'aaab')
show(r'a++a', 'aaa')
show(r'(?>a+)a', 'aaa')
show(r'(?>ab|a)c', 'ac abc')
show(r'\d*+\d', '123')
# conditional groups
show(r'(<)?(\w+)(?(1)>|$)', '<user> plain')
show(r'(?P<open>\()?\d+(?(open)\))', '(12) 34 (5')
show(r'(a)?(?(1)b|c)', 'ab c')
# alternation and empty branches
show(r'cat|category', 'category')
show(r'(|a)+', 'aa')
show(r'a|', 'ba')
show(r'(a|b)*c', 'abac')
# anchors
show(r'^abc$', 'abc\n')
show(r'^abc\Z', 'abc\n')
show(r'\Aabc', 'xabc')
show(r'$', 'a\nb\n')
show(r'(?m)$', 'a\nb\n')
show(r'a$', 'a\na')
show(r'\ba\w*\b', 'an apple, banana')
show(r'\Ba\B', 'banana a')
show(r'\bé', 'é é')
show(r'(?a)\b\w+\b', 'naïve')
show(r'\b\w+\b', 'naïve')
# character classes
show(r'[]a]+', 'a]a')
show(r'[^]a]+', 'a]bc')
show(r'[a-]+', '-a-b')
show(r'[-a]+', '-a-b')
show(r'[\]\\]+', 'a]\\b')
show(r'[\w-]+', 'a-b c')
show(r'[\d\s]+', 'a1 2b')
show(r'[^\W\d]+', 'a1b_c')
show(r'[\S]+', ' ab ')
show(r'[.*+?^$(){}|]+', 'a.*+?^$(){}|b')
show(r'[a&&b]+', 'a&b')
show(r'[\b]', 'a\bb')
show(r'[[a]+', '[a[')
show(r'[~-]+', 'a~-b')
show(r'(?i)[a-c]+', 'xAbCx')
show(r'(?ai)[k]', '\u212ak')
show(r'[\x00-\x1f]+', 'a\t\nb')
# unicode categories
show(r'\d+', '12\u0663\u0664x')
show(r'(?a)\d+', '12\u0663\u0664x')
show(r'\w+', 'añb²c_d')
show(r'\s+', 'a\u00a0\u2003\x1c\x85b')
show(r'(?a)\s+', 'a \u00a0b')
show(r'\W+', 'ab, cd')
show(r'.', '\n')
show(r'(?s).', '\n')
show('\N{GREEK SMALL LETTER ALPHA}+', 'ααβ')
show(r'\N{EM DASH}', 'a—b')
# verbose mode keeps escaped and class whitespace
show(r'''(?x)
    a \ b   # a, space, b
    [ ]c    # a space in a class
''', 'a b c')
show(r'(?x)a#comment', 'a')
show(r'(?x:a b)c d', 'abc d')
show(r'a(?x: b )c', 'abc')
show(r'(?-i:a)b', 'aB', re.I)
show(r'(?i:a)b', 'Ab AB')
# comments and non-capturing groups
show(r'a(?#comment)b', 'ab')
show(r'(?:ab)+', 'ababa')
# empty matches and iteration
print(re.findall(r'\b', 'ab cd'))
print(re.findall(r'|a', 'a'), re.findall(r'a|', 'ab'), re.findall(r'(?=a)|a', 'aa'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'(?=a)|a', '-', 'aa'))
print(re.split(r'\b', 'ab cd'), re.split(r'(?=a)', 'baab'))
print([m.span() for m in re.finditer(r'a*?', 'aab')])
print(re.findall(r'(a)*', 'aab'), re.findall(r'(a|b)*?c', 'abc'))
print(re.match(r'(a*)*', 'b').groups(), re.match(r'(a*)+', 'b').groups(), re.match(r'(a|b)*', 'ab').groups())
print(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(a)?(b)?', 'b').groups())
# repeated zero-width items, and \B on an empty string (never matches in CPython 3.11)
for pat, s in [(r'(?:(?=a))?b', 'b'), (r'(?:(?!b))?b', 'b'), (r'(?=a)?a', 'a'), (r'(?:(?<=a))*b', 'ab'),
               (r'(?:\b)*a', 'a'), (r'(?:(?=(a)))?a', 'a'), (r'(?:(?=(b)))??a', 'a'), (r'(?:(?=(a)))+a', 'a'),
               (r'(?:(?=(a))){0}a', 'a'), (r'(?:(?=(a)))*+a', 'a'), (r'(?:$)*', 'a'), (r'x(?:^|$)?', 'x')]:
    m = re.search(pat, s)
    print(pat, s, m and (m.span(), m.groups()))
print(re.compile(r'\B').search('ab', 1, 1), re.compile(r'\B').search(' ', 1, 1), re.search(r'\B', ''),
      re.compile(r'\B').search('  ', 0, 0), re.search(r'(?:\B)?', ''), re.fullmatch(r'\B|', ''),
      re.findall(r'\B', ''), re.sub(r'\B', '-', ''), re.split(r'\B', ''), re.search(r'\B', ' '))
