# tuple comparison and hashing; tuples as dict keys
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print((2,) > (1, 9, 9), (1, 'b') > (1, 'a'), (1, 2) != (2, 1))
print((1, 2) == [1, 2], (1,) == (1.0,), (True,) == (1,))
print(hash((1, 2)) == hash((1, 2)), hash((1, 'a', (2,))) == hash((1, 'a', (2,))))
print(hash((1,)) == hash((1.0,)), hash(()) == hash(()))
d = {(0, 0): 'origin', (1, 2): 'point'}
print(d[(0, 0)], d[1, 2], (1, 2) in d)
d[(1, 2)] = 'updated'
print(d)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
try:
    {([],): 1}
except TypeError as e:
    print('TypeError:', e)
s = {(1, 2), (1, 2), (2, 1)}
print(sorted(s))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max([(1, 'a'), (1, 'b')]), min((3, 2), (3, 1)))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError:', e)
print((1, 'a') < (2, 1))
grid = {}
for x in range(2):
    for y in range(2):
        grid[x, y] = x * 10 + y
print(grid)
print(grid.get((1, 1)), grid.get((5, 5), 'none'))
