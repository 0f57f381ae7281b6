# f-strings with nested format specs computed at runtime
x = 3.14159265
for w in (6, 10):
    for p in (1, 3):
        print(f'[{x:{w}.{p}f}]')
align = '^'
fill = '*'
width = 9
print(f'[{"mid":{fill}{align}{width}}]')
for a in '<>^':
    print(f'[{"ab":{a}6}]')
spec = '>8.2f'
print(f'[{x:{spec}}]')
print(f'[{42:{"0" if True else " "}5d}]')
prec = 2
print(f'[{x:.{prec}}]', f'[{x:.{prec + 2}f}]')
table = [('alpha', 1.5), ('beta', 22.25), ('gamma', 333.125)]
w1 = max(len(n) for n, _ in table)
for name, val in table:
    print(f'{name:<{w1}} | {val:>{w1}.2f}')
conv = 'x'
print(f'{255:{conv}}', f'{255:#{conv}}')
print(f'{format(x, ".2f"):>10}')
