# splitlines (with keepends) and expandtabs
s = 'one\ntwo\r\nthree\rfour\n\nsix'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
print('trailing\n'.splitlines(), 'trailing\n'.split('\n'))
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines())
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h'.splitlines())
print('no newline'.splitlines())
print('a\tb\tc'.expandtabs())
print('a\tb\tc'.expandtabs(4))
print('abcd\tx'.expandtabs(4), 'abc\tx'.expandtabs(4))
print('\t'.expandtabs(0) == '', repr('a\tb'.expandtabs(1)))
print(repr('12\t345\t6\n\tx'.expandtabs(3)))
print(repr('\tindented'.expandtabs(2)))
text = 'col1\tcol2\tcol3\nlonger1\tv\tw'
for line in text.splitlines():
    print(repr(line.expandtabs(8)))
print(len('x\ty'.expandtabs()), len('x\ty'.expandtabs(16)))
