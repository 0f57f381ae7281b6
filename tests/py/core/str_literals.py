# string literal forms: quotes, escapes, raw, triple-quoted, concatenation
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print('tab:\t|', 'newline:\n|', 'backslash:\\|')
print('\x41\x42\x43', '\101\102', '\u00e9', '\U0001F600' == '\U0001f600')
print(len('\N{GREEK SMALL LETTER ALPHA}'), '\N{GREEK SMALL LETTER ALPHA}')
print('\0' == chr(0), len('\0'), '\a\b\f\v' == '\x07\x08\x0c\x0b')
print(r'raw \n stays', r"C:\path\to", len(r'\n'))
print(R'upper raw \t')
print('adjacent' ' literals' " concatenate")
s = ('multi '
     'line '
     'concat')
print(s)
t = """line1
line2
  line3"""
print(t)
print(len(t), t.count('\n'))
u = '''a\
b'''
print(u)
print('\'' + "\"", len('\'"'))
print("a'b" == 'a\'b', 'a"b' == "a\"b")
print('\\n', r'\\n', len('\\'), len(r'\\'))
print('tab\there'.expandtabs(4))
print('', "", len(''), '' == "")
print('é', len('é'), 'ß'.upper())
print('日本語', len('日本語'), '日本語'[1])
print('a\
b')
print(u'unicode prefix', U'also')
print(rb'raw bytes \n', br'\d')
v = 'x' \
    'y'
print(v)
