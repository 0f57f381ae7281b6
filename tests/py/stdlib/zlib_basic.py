# zlib: one-shot and streaming (de)compression in every container, crc32/adler32, errors
import zlib
data = b"hello world " * 1000 + bytes(range(256)) * 20
for wb in (15, -15, 31, 9, -9, 25):
    c = zlib.compress(data, 6, wb)
    print(wb, zlib.decompress(c, wb) == data, zlib.decompress(c, 47) == data if wb > 0 else "-")
co = zlib.compressobj(9, zlib.DEFLATED, 31)
parts = [co.compress(data[i:i+1000]) for i in range(0, len(data), 1000)] + [co.flush()]
blob = b"".join(parts)
print(blob[:10], zlib.decompress(blob, 31) == data)
do = zlib.decompressobj(31)
out = b"".join(do.decompress(blob[i:i+7]) for i in range(0, len(blob), 7))
print(out == data, do.eof, do.unused_data)
do = zlib.decompressobj(-15)
raw = zlib.compress(data, wbits=-15) + b"EXTRA"
o = do.decompress(raw, 100)
print(len(o), len(do.unconsumed_tail) > 0, do.eof)
while not do.eof:
    o += do.decompress(do.unconsumed_tail, 5000)
print(o == data, do.eof, do.unused_data)
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.crc32(b"lo", zlib.crc32(b"hel")), zlib.adler32(b"x" * 100000))
print(zlib.crc32(b""), zlib.adler32(b""), zlib.crc32(b"abc", 2**40 + 5))
for e in ['zlib.decompress(b"xx")', 'zlib.decompress(zlib.compress(b"abc")[:-3])', 'zlib.compress("a")', 'zlib.compress(b"a", 10)', 'zlib.decompressobj(wbits=99)', 'zlib.decompress(b"")', 'zlib.crc32("a")', 'zlib.decompressobj().decompress(b"abc", -1)', 'zlib.compressobj(level=20)', 'zlib.decompress(zlib.compress(b"a", wbits=31)[:-1], 31)', 'zlib.decompress(zlib.compress(b"a", wbits=31)[:-8] + b"\\0\\0\\0\\0\\1\\0\\0\\0", 31)', 'zlib.decompress(zlib.compress(b"a") + b"junk")', 'zlib.error.__mro__', 'type(zlib.compressobj()).__name__', 'zlib.MAX_WBITS']:
    try: print(e, '->', repr(eval(e)))
    except Exception as x: print(e, '!!', type(x).__name__, x)
