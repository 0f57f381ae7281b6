# ord() and chr() including non-ASCII and errors
print(ord('a'), ord('A'), ord('0'), ord(' '), ord('\n'), ord('\x00'))
print(ord('é'), ord('€'), ord('日'), ord('\U0001F600'))
print(chr(97), chr(65), chr(48), repr(chr(10)), repr(chr(0)))
print(chr(233), chr(8364), chr(26085), len(chr(128512)))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print([ord(c) for c in 'Hello'])
print(''.join(chr(i) for i in range(65, 91)))
print(chr(0x10FFFF) == '\U0010ffff')
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
try:
    ord('')
except TypeError as e:
    print('TypeError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    chr(0x110000)
except ValueError as e:
    print('ValueError:', e)
try:
    chr('a')
except TypeError as e:
    print('TypeError:', e)
def rot13(s):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            out.append(chr((ord(c) - 97 + 13) % 26 + 97))
        elif 'A' <= c <= 'Z':
            out.append(chr((ord(c) - 65 + 13) % 26 + 65))
        else:
            out.append(c)
    return ''.join(out)
print(rot13('Hello, World!'), rot13(rot13('Hello, World!')))
print(ord(chr(1000)) == 1000)
print(sum(map(ord, 'abc')))
