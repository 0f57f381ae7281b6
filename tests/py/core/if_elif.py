# if / elif / else chains, truthiness of conditions, nested ifs
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
for v in [0, 1, '', 'x', [], [0], None, {}, 0.0, -0.0, 0.1]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 7
if x > 5:
    if x > 6:
        print('x > 6')
    else:
        print('5 < x <= 6')
if x: print('one-line if')
if not x: print('never')
else: print('one-line else')
if x == 1: pass
elif x == 7: print('elif hit')
def fizz(i):
    if i % 15 == 0:
        return 'FizzBuzz'
    if i % 3 == 0:
        return 'Fizz'
    if i % 5 == 0:
        return 'Buzz'
    return str(i)
print(' '.join(fizz(i) for i in range(1, 16)))
class Falsy:
    def __bool__(self):
        return False
if Falsy():
    print('wrong')
elif not Falsy():
    print('user __bool__ respected')
