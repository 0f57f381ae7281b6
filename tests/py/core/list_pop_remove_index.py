# list pop / remove / index and their errors
a = list(range(10))
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(3), a)
a.remove(5)
print(a)
b = [1, 2, 3, 2, 1]
b.remove(2)
print(b)
print(b.index(1), b.index(2), b.index(1, 1), b.index(3, 0, 3))
try:
    b.index(99)
except ValueError as e:
    print('ValueError:', e)
try:
    b.remove(99)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
try:
    b.index(1, 1, 3)
except ValueError as e:
    print('ValueError:', e)
stack = []
for ch in '(()())':
    if ch == '(':
        stack.append(ch)
    else:
        stack.pop()
print(stack == [])
queue = [1, 2, 3]
while queue:
    print('got', queue.pop(0))
c = ['x', 'y', 'z']
print(c.index('z', -1), c.index('x', -10))
d = [1, 1.0, True]
print(d.index(True), d.count(1))
d.remove(1.0)
print(d)
