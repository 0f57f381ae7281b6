# nested lists: indexing, matrices, deep structures
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], m[0][1:], len(m), len(m[0]))
t = [[m[j][i] for j in range(3)] for i in range(3)]
print(t)
print([list(r) for r in zip(*m)])
flat = [x for row in m for x in row]
print(flat, sum(flat))
m[1][1] = 'center'
print(m)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], deep)
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep), flatten([[], [[]], [1, [2, 3]], 4]))
def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max((depth(i) for i in x), default=0)
print(depth(deep), depth([]), depth(5))
board = [['.'] * 4 for _ in range(3)]
board[1][2] = '#'
for row in board:
    print(''.join(row))
print([[0] * 2] * 0, [[]] * 3)
acc = []
for i in range(3):
    acc.append([i] * i)
print(acc)
