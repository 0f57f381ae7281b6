# repr of strings: quote choice, escapes, non-printables, unicode
tests = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\nhere',
         'cr\rhere', 'back\\slash', '\x00\x01\x1f\x7f', 'é ü ñ', '日本', '\u200b',
         '\x80\x9f', '\xa0', '\U0001F600', '', "'", '"', '\'"\'', 'a\u2028b', '\ud800' if False else 'x']
for t in tests:
    print(repr(t))
print(str('plain'), str("it's"))
print(repr(repr('x')), repr(str(repr("'"))))
print(['a', "b'c", 'd"e'])
print({'k': 'v\n'})
print(ascii('é日\n'), ascii('plain'))
print(repr('\\n'), len(repr('\n')))
print('%r' % 'x', f'{"y"!r}')
print(repr('a' * 3 + '\t'))
