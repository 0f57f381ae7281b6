import heapq
from heapq import *
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heappush(h, v)
print(h[0], len(h))
print([heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapify(data); print(data[0], data)
print(heapreplace(data, 5), data[0])
print(heappushpop(data, 0), heappushpop(data, 3), data[0])
print(heappushpop([], 4))
out = []
while data:
    out.append(heappop(data))
print(out)
try:
    heappop([])
except IndexError as e:
    print('IndexError', e)
try:
    heapreplace([], 1)
except IndexError as e:
    print('IndexError', e)
try:
    heappush((), 1)
except TypeError as e:
    print('TypeError', e)
print(nlargest(3, [1, 8, 2, 9, 5]), nsmallest(3, [1, 8, 2, 9, 5]))
print(nlargest(2, 'hello'), nsmallest(1, [4, 2, 6]), nlargest(1, []), nsmallest(0, [1]))
print(nlargest(10, [3, 1]), nsmallest(2, iter([7, 3, 5, 1])))
words = ['apple', 'fig', 'banana', 'kiwi', 'cherry']
print(nlargest(2, words, key=len), nsmallest(2, words, key=len), nsmallest(3, iter(words), key=lambda w: w[-1]))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3], [], [2])), list(merge()))
print(list(merge(['a', 'bbb'], ['cc'], key=len)))
print(list(merge([9, 5, 1], [8, 2], reverse=True)))
tasks = []
heappush(tasks, (2, 'write'))
heappush(tasks, (1, 'plan'))
heappush(tasks, (3, 'test'))
print([heappop(tasks)[1] for _ in range(3)])
