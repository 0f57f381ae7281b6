import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort
a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 3), bisect_left(a, 4, hi=2))
l = []
for v in [5, 1, 4, 1, 9]:
    insort(l, v)
print(l)
insort_left(l, 4); insort_right(l, 4.0); print(l)
insort(l, 0, 0, 0); print(l)
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort(recs, ('x', 4), key=lambda r: r[1]); print(recs)
insort_left(recs, ('y', 1), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left('acegi', 'f'))
