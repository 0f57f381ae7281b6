# re: positions in characters over non-ASCII text, bytes patterns, and
# matching over a big text (pos/endpos and iteration stay consistent).
import re

s = 'naïve café — 北京 ☃ end'
for m in re.finditer(r'\w+', s):
    print(m.span(), m.group(), s[m.start():m.end()] == m.group())
print(re.search('北', s).span(), re.search('☃', s).start(), re.compile('end').search(s, 20))
p = re.compile(r'\S+')
print(p.search(s, 6), p.search(s, 6, 9), p.findall(s, 12), p.match(s, 13))
print(re.sub(r'[^\x00-\x7f]', '?', s), re.subn('é|ï', lambda m: m.group().upper(), s))
print(re.split(r'\s*[—☃]\s*', s))
print(re.search(r'(?<=é)\s', s), re.findall(r'.\b', s))
print(re.match(r'(?i)ÉCOLE', 'école'), re.findall(r'(?i)σ', 'ΣσςΣ'))
print(re.fullmatch(r'\w+', 'Straße'), re.fullmatch(r'[а-я]+', 'привет'))
emoji = 'a😀b😀😀c'
print([m.span() for m in re.finditer('😀+', emoji)], re.sub('😀', '-', emoji), len(emoji))

# a big non-ASCII text: spans from iteration, pos/endpos searches, split
words = ['α%dβ' % i if i % 3 else 'word%d' % i for i in range(3000)]
big = ' '.join(words) + ' ünïcode'
spans = [m.span() for m in re.finditer(r'α\d+β', big)]
print(len(spans), spans[:3], spans[-2:])
print(all(big[a:b] == big[a:b].strip() and big[a] == 'α' for a, b in spans))
pos = 0
found = []
pat = re.compile(r'word(\d+)')
while True:
    m = pat.search(big, pos)
    if not m:
        break
    found.append(int(m.group(1)))
    pos = m.end()
print(len(found), found[:5], found[-3:])
m = re.search(r'ünïcode$', big)
print(m.span(), len(big), m.end() == len(big))
print(re.search(r'α2999β', big, re.I), pat.search(big, len(big) - 20), pat.search(big, 100, 110))
print(len(re.split(' ', big)), re.split(' ', big)[-1])
print(len(re.findall(r'\b\w', big)), re.findall(r'(\d+)β ü', big))

# bytes patterns
b = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\n\xff\xfe'
print(re.findall(rb'\w+', b))
print(re.search(rb'Host: (\S+)', b).groups(), re.search(rb'\xff(.)', b))
print(re.sub(rb'\r\n', b'|', b), re.split(rb'\s+', b'a b\tc'))
print(re.match(rb'(?i)get', b), re.findall(rb'[\x80-\xff]', b))
m = re.search(rb'(?P<path>/\S*)', b)
print(m, m.group('path'), m.span(), m.groupdict(), m.expand(rb'<\g<path>>'))
print(re.compile(rb'\d+').pattern, re.escape(b'a.b'), re.fullmatch(b'.+', b'\xe9\xe8'))
print(re.findall(b'\\w', b'\xe9a'), re.findall(rb'(?i)\xc9', b'\xe9\xc9'))
print(re.search(b'a', bytearray(b'xa')), re.sub(b'a', b'b', bytearray(b'aa')))
