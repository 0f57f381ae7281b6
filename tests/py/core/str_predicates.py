# isdigit / isalpha / isspace / isalnum / isupper / islower / isnumeric / isdecimal / isidentifier
samples = ['123', 'abc', 'ABC', 'aBc', 'abc123', '   ', '\t\n', '', '12.5', '-1',
           'Hello World', 'hello world', 'HELLO WORLD', '²', 'é', '_x', 'x_1', '1x', 'A1!']
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(),
          s.isupper(), s.islower(), s.isdecimal(), s.isnumeric(), s.isidentifier())
print('ABC123'.isupper(), 'abc123'.islower(), '123'.isupper(), '123'.islower())
print('Title Case'.istitle(), 'Not title'.istitle())
print('abc'.isascii(), 'é'.isascii(), ''.isascii())
print('print'.isidentifier(), 'class'.isidentifier())
print('hello\x00'.isprintable(), 'hello'.isprintable())
print(sum(c.isdigit() for c in 'a1b22c333'))
print(''.join(c for c in 'a1b2c3' if c.isalpha()))
print([c for c in 'Hello, World!' if c.isupper()])
