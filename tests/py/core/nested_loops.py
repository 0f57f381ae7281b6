# nested loops, break/continue affect only inner loop, flags to exit both
for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end=' ')
    print()
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print('pair', i, j)
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        print('even sum', i, j)
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print('found', found)
for i in range(3):
    for j in range(3):
        if j == 5:
            break
    else:
        print('inner else', i)
n = 0
while n < 3:
    for k in range(n):
        print('w', n, 'k', k)
    n += 1
pyramid = []
for row in range(1, 5):
    pyramid.append(' ' * (4 - row) + '*' * (2 * row - 1))
print('\n'.join(pyramid))
total = 0
for a in range(5):
    for b in range(a):
        for c in range(b):
            total += 1
print('triples', total)
