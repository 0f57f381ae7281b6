# f-string = (self-documenting) form
x = 10
name = 'coil'
items = [1, 2]
print(f'{x=}')
print(f'{x = }')
print(f'{name=}')
print(f'{name=!s}')
print(f'{x*2=}')
print(f'{x + 1 = }')
print(f'{items=}', f'{len(items)=}')
print(f'{3.14159=:.2f}')
print(f'{x=:>5}')
print(f'{name.upper()=}')
print(f'{x=}, {name=}')
print(f'{None=}', f'{True=}')
d = {'k': 1}
print(f"{d['k']=}")
print(f'{x=!r:^10}|')
