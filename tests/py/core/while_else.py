# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print('i', i)
else:
    print('while finished normally')
j = 0
while j < 10:
    if j == 4:
        print('breaking at', j)
        break
    j += 1
else:
    print('not printed')
k = 0
while k > 0:
    print('never')
else:
    print('else runs when condition false initially')
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
def find(lst, target):
    idx = 0
    while idx < len(lst):
        if lst[idx] == target:
            break
        idx += 1
    else:
        return 'not found'
    return 'found at %d' % idx
print(find([5, 6, 7], 6), find([5, 6, 7], 9))
count = 0
while True:
    count += 1
    if count >= 3:
        break
print('count', count)
x = 10
while x:
    x -= 3
    if x < 0:
        break
print('x', x)
