# bytes literals, repr, indexing, slicing, len, ops, methods
b = b'hello'
print(b, repr(b), len(b), type(b).__name__)
print(b[0], b[-1], b[1:3], b[::-1], b[:0])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b'\x00\x01\xff', b'\n\t\\', b"'", b'"', b'\'"')
print(b'a' + b'b', b'ab' * 3, b'x' in b'xyz', 120 in b'xyz', b'' in b'')
print(list(b'abc'), bytes([65, 66, 67]), bytes(3), bytes())
print(b'abc' == b'abc', b'abc' < b'abd', b'abc' != 'abc')
print(b'a,b,c'.split(b','), b'-'.join([b'x', b'y']))
print(b'  hi  '.strip(), b'Hello'.upper(), b'Hello'.lower())
print(b'hello'.find(b'l'), b'hello'.count(b'l'), b'hello'.replace(b'l', b'L'))
print(b'hello'.startswith(b'he'), b'hello'.endswith(b'lo'))
print(bytes.fromhex('deadbeef'), b'\xde\xad'.hex())
print(b'abc'[1] == ord('b'))
print([x for x in b'hi'])
print(bytearray(b'abc'), bytearray(b'abc')[0])
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba))
print(b'%d-%s' % (5, b'x'))
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    b[10]
except IndexError as e:
    print('IndexError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
print(hash(b'abc') == hash(b'abc'), b'abc'.isalpha(), b'123'.isdigit())
print(str(b'x'), repr(b'\x7f\x80'))
print(rb'\n' == b'\\n', len(rb'\n'))
