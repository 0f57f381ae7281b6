# str.encode / bytes.decode, utf-8, errors
s = 'héllo wörld €'
enc = s.encode()
print(enc, len(s), len(enc))
print(enc.decode(), enc.decode('utf-8') == s)
print('abc'.encode('ascii'), 'abc'.encode('latin-1'), 'é'.encode('latin-1'))
print(b'\xe9'.decode('latin-1'), '日本'.encode('utf-8'))
print('😀'.encode('utf-8'), len('😀'.encode()))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'))
print(str(b'abc', 'ascii'), bytes('abc', 'utf-8'))
print(b'hello'.decode('ascii').upper())
print(isinstance(enc, bytes), isinstance(s, str))
print([hex(x) for x in 'é'.encode()])
print(bytes('€', 'utf-8').decode() == '€')
print(len('é'.encode('utf-16-le')), 'A'.encode('utf-16-be'))
