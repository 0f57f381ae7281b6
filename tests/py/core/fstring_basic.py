# f-strings: expressions, nesting, conversions, quotes, braces
x, y = 3, 4
name = 'world'
print(f'hello {name}')
print(f'{x} + {y} = {x + y}')
print(f'{x * y}', f"{x ** y}", f'''{x - y}''')
print(f'{name!r} {name!s} {name.upper()}')
print(f'{[1, 2, 3]} {(1,)} {{}} {{x}}')
print(f'{{{x}}}')
d = {'a': 1, 'b': 2}
print(f"{d['a']} {d['b']}")
print(f'{len(d)} items')
print(f'{"nested " + f"{x}"}')
print(f'{x if x > 2 else y}')
print(f'{(lambda v: v * 2)(5)}')
print(f'{[i * i for i in range(4)]}')
print(f'{3.0} {1/3} {2**64} {None} {True}')
print(f'{"a" "b"}')
print(f'a' f'b' 'c' f'{x}')
items = ['x', 'y']
print(f'{", ".join(items)}')
print(f'{x!r:>5}|')
class C:
    def __str__(self):
        return 'str-C'
    def __repr__(self):
        return 'repr-C'
c = C()
print(f'{c} {c!s} {c!r} {c!a}')
print(f'{"é"!a}')
print(f'{x:{y}}|')
w = 10
print(f'{name:>{w}}|{name:<{w}}|{name:^{w}}|')
print(f'{"multi"}'
      f'{"line"}')
print(f'{x}' * 3)
print(f'{x}{y}{x}')
print(f'{"{}"}')
print(f'{x:}' + '|')
print(F'{x}', rf'\n{x}', fr'{y}\t')
