# list aliasing: [[0]*3]*3 shares rows, a = b = [] aliasing, copies
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
print(grid2[0] is grid2[1])
a = b = []
a.append(1)
print(a, b, a is b)
b = b + [2]
print(a, b, a is b)
c = d = [1]
c += [2]
print(c, d, c is d)
x = [1, 2, 3]
y = x
y[0] = 'y'
print(x)
z = x[:]
z[1] = 'z'
print(x, z)
w = list(x)
print(w == x, w is x)
def mutate(lst):
    lst.append('mutated')
def rebind(lst):
    lst = ['rebound']
    return lst
m = [0]
mutate(m)
print(m)
print(rebind(m), m)
outer = [[]] * 2
outer[0].append('shared')
print(outer)
row = [0, 0]
table = [row, row]
table[1][1] = 5
print(table, row)
n = [1]
n.append(n)
print(len(n), n[1] is n)
e = [[1, 2]] * 2
e[0] = [9]
print(e)
