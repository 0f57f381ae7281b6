# upper / lower / title / capitalize / swapcase / casefold
words = ['hello', 'WORLD', 'MiXeD', 'hello world', "it's a test", '123abc', '', 'a1b2 c3', 'ßtraße']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print('ÉCOLE'.lower(), 'école'.upper())
print('hELLO wORLD'.capitalize())
print('they\'re bill\'s friends'.title())
print('Straße'.casefold(), 'STRASSE'.casefold() == 'Straße'.casefold())
print('already Title Case'.istitle(), 'Title Case'.istitle())
print('one-two_three four'.title())
print('x'.upper() * 3)
print(''.upper() == '', 'ǅ'.lower(), 'ǆ'.title())
s = 'Python'
print(s.upper().lower() == s.lower(), s.swapcase().swapcase() == s)
print('HELLO'.lower().capitalize(), 'hello WORLD foo'.title())
print('a'.upper(), 'Z'.lower(), '1'.upper(), '!'.swapcase())
print('mIxEd 123 CaSe'.swapcase(), 'ǈ'.swapcase() if False else 'ok')
print('x' * 3 + 'Y'.lower(), 'iİ'.lower() == 'ii̇', len('İ'.lower()))
print([w.capitalize() for w in 'the quick brown fox'.split()])
print(' '.join(w[:1].upper() + w[1:] for w in 'keep cAse rest'.split()))
print('snake_case_name'.title().replace('_', ''), 'CamelCase'.lower())
