# f-string format specs for numbers and strings
x = 3.14159
n = 1234567
s = 'hi'
print(f'{x:0.2f}|{x:.0f}|{x:10.3f}|{x:<10.3f}|{x:^10.1f}|')
print(f'{n:>8,}|{n:<12,}|{n:,}|{n:_}|{n:>12_}|')
print(f'{s:^10}|{s:>10}|{s:<10}|{s:*^10}|{s:-<6}|{s:.1}|')
print(f'{x:08.3f}|{-x:08.3f}|{x:+.2f}|{x: .2f}|{-x: .2f}|')
print(f'{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}|{n:#o}|')
print(f'{255:#b}|{5:#010b}|{255:08x}|')
print(f'{x:e}|{x:.2e}|{x:E}|{1e-10:e}|{0:e}|')
print(f'{0.25:.2%}|{1:%}|{0.5:.0%}|{-0.125:.1%}|')
print(f'{x:g}|{1e20:g}|{1e-5:g}|{123456789:g}|{0.0001:g}|{100.0:g}|')
print(f'{x:.3g}|{1234.5:.2g}|{0.000123:.2g}|')
print(f'{42:d}|{42:5d}|{42:<5d}|{42:^5d}|{42:05d}|{-42:05d}|{42:+d}|')
print(f'{-42:=8d}|{42:=+8d}|{-3.5:=10.2f}|')
print(f'{1e6:,.2f}|{-1234.5:,}|{0.1:.17f}|')
print(f'{12:c}|{"x":3}|{7:3}|')
print(f'{True:d}|{True:>6}|{False!s:>6}|')
print(f'{2 ** 70:,}|{2 ** 70:e}|')
print(f'{1.5:n}|{3:n}|')
print(f'{float("inf"):f}|{float("nan"):F}|{float("-inf"):+.1f}|')
print(f'{1234.5678:10.2f}|{1234.5678:<10.1f}|')
print(f'{5:.3f}|{5:e}|{5:%}|')
print(f'{0.5:.0f}|{1.5:.0f}|{2.5:.0f}|{-0.5:.0f}|')
print(f'{123.456:.1f}|{0.045:.2f}|{0.055:.2f}|')
try:
    f'{"s":d}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{3.5:d}'
except ValueError as e:
    print('ValueError:', e)
try:
    f'{3:s}'
except ValueError as e:
    print('ValueError:', e)
