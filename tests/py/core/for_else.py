# for loops with else, break, continue, over various iterables
for i in range(5):
    if i == 2:
        continue
    print('i', i)
else:
    print('for finished normally')
for i in range(5):
    if i == 3:
        print('break at', i)
        break
else:
    print('not printed')
for i in []:
    print('never')
else:
    print('empty loop else')
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
for ch in 'abc':
    print(ch, end=',')
print()
for k in {'x': 1, 'y': 2}:
    print('key', k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
i = 'unchanged'
for i in range(3):
    pass
print('loop var after loop:', i)
for x in range(3):
    x = x * 10
    print(x)
lst = [1, 2, 3]
for item in lst:
    if item == 2:
        lst.append(4)
print(lst)
