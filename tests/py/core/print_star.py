# print(*iterable) with various iterables and separators
lst = [1, 2, 3]
print(*lst)
print(*lst, sep=', ')
print(*lst, sep='')
print(*'hello', sep='.')
print(*range(5), end=' <end>\n')
print(*[])
print('before', *lst, 'after')
print(*(x * x for x in range(4)))
print(*{'a': 1, 'b': 2})
print(*sorted({3, 1, 2}))
print(*[[1, 2], [3]])
print(*lst, *lst, sep='-')
matrix = [[1, 2], [3, 4]]
for row in matrix:
    print(*row)
print(*zip(*matrix))
print(*map(str.upper, 'ab'))
print(*enumerate('xy'))
print(*[None, True, 'str', 1.5])
