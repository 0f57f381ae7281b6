# hex(), bin(), oct() and their inverses
for n in [0, 1, 7, 8, 15, 16, 255, 256, 1023, -1, -255, 2 ** 32, -(2 ** 40)]:
    print(n, hex(n), bin(n), oct(n))
print(int(hex(12345), 16), int(bin(12345), 2), int(oct(12345), 8))
print(hex(True), bin(False))
print(f'{255:x} {255:X} {255:o} {255:b}')
print(f'{255:#x} {255:#X} {255:#o} {255:#b}')
print(f'{255:08b} {255:#010b} {5:#06x}')
print(f'{-255:x} {-255:#x}')
print(format(10, 'b'), format(10, '#b'), format(10, 'o'))
print('%x %X %o' % (255, 255, 8))
print('%#x %#o' % (255, 8))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    bin('3')
except TypeError as e:
    print('TypeError:', e)
print(0x_ff, 0b_1010, 0o_17)
print(0xDEAD_BEEF)
