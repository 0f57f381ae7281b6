# conditional expressions (a if c else b), nesting, laziness
x = 5
print('pos' if x > 0 else 'neg')
print('pos' if -x > 0 else 'neg')
print(1 if True else 1/0)
print(1/1 if False else 'lazy')
def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([sign(i) for i in (-2, 0, 3)])
print((lambda v: v * 2 if v else 'none')(0))
print([i if i % 2 else -i for i in range(6)])
y = 10 if x == 5 else 20
print(y)
print(('a' if x else 'b') + 'c')
print('a' if x else 'b' + 'c')
print(x if x > 3 else x * 10, (x if x > 30 else x * 10))
z = [1, 2, 3] if x else []
print(z)
print(f'{"yes" if x else "no"}')
print(len('abc' if x < 0 else 'defgh'))
print((1 if x else 2) * 3)
print(max(1, 2) if min(1, 2) else 0)
def choose(c):
    return (lambda: 'A') if c else (lambda: 'B')
print(choose(1)(), choose(0)())
print(None if None else 'none was falsy')
print([] if [] else {} if {} else 'both empty')
