# range: len, indexing, membership, repr, equality, negative step
r = range(10)
print(r, repr(range(2, 8)), range(0, 10, 3), range(5, 0, -1))
print(len(r), len(range(2, 8)), len(range(0, 10, 3)), len(range(5, 0, -1)), len(range(5, 5)))
print(len(range(10, 0)), len(range(0, -10, -3)), len(range(-5, 5, 4)))
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 4)), list(range(10, 0, -3)))
print(list(range(-3, 3)), list(range(3, -3, -2)), list(range(0)))
print(r[0], r[-1], r[5], range(0, 20, 3)[2], range(10, 0, -2)[-1])
print(5 in r, 10 in r, -1 in r, 3 in range(0, 10, 3), 4 in range(0, 10, 3), 2.0 in r)
print(range(0, 3) == range(3), range(0) == range(5, 2), range(1, 2, 3) == range(1, 3, 3))
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(r.start, r.stop, r.step, range(1, 9, 2).index(5), range(10).count(3))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(range(2 ** 70)[-1], len(range(0, 2 ** 70, 2 ** 60)))
try:
    r[10]
except IndexError as e:
    print('IndexError:', e)
try:
    range(0, 5, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    range(5).index(7)
except ValueError as e:
    print('ValueError:', e)
print(bool(range(0)), bool(range(1)))
for i in range(3, 0, -1):
    print(i, end=' ')
print()
print(hash(range(3)) == hash(range(0, 3)))
