# set methods: add remove discard pop clear copy update variants
s = set()
s.add(3)
s.add(1)
s.add(3)
print(sorted(s), len(s))
s.update([5, 6], {7})
print(sorted(s))
s.discard(99)
s.discard(5)
print(sorted(s))
s.remove(6)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
t = s.copy()
t.add('new')
print('new' in s, 'new' in t)
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print('KeyError:', e)
u = {1, 2, 3, 4}
u.intersection_update({2, 3, 5})
print(sorted(u))
u.difference_update({3})
print(sorted(u))
u.symmetric_difference_update({2, 9})
print(sorted(u))
u.clear()
print(u)
v = {1, 2}
print(v.isdisjoint({3}), v.isdisjoint({2, 3}))
try:
    v.add([1])
except TypeError as e:
    print('TypeError:', e)
w = {'a', 'b'}
for x in sorted(w):
    print(x)
print(sorted(x * 2 for x in {1, 2, 3}))
print(sum({1, 2, 3}), max({5, 9, 1}), min({'b', 'a'}))
