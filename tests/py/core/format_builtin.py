# format() builtin and __format__
print(format(3.14159, '.2f'), format(42, '5d'), format('s', '>3'))
print(format(1234567, ','), format(0.5, '%'), format(255, 'x'))
print(repr(format(42)), repr(format('abc')), repr(format(1.5, '')))
print(format(True), format(None), format([1, 2]))
print(format(12, 'b'), format(-12, '08b'))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.cents // 100}'
        return f'${self.cents / 100:.2f}'
m = Money(12345)
print(format(m), format(m, 'short'), f'{m}', f'{m:short}', '{:short}'.format(m))
class Plain:
    def __str__(self):
        return 'plain!'
print(format(Plain()), f'{Plain()}', f'{Plain()!s:>8}')
try:
    format(Plain(), '>8')
except TypeError as e:
    print('TypeError:', e)
try:
    format(1, 'z')
except ValueError as e:
    print('ValueError:', e)
try:
    format('s', ',')
except ValueError as e:
    print('ValueError:', e)
print(format(-0.0, '.1f'), format(1e100, '.3g'))
print(format(10 ** 20, '.3e'))
print(format(2.5, '.0f'), format(3.5, '.0f'))
