# reversed(): lists, strings, ranges, tuples, dicts, __reversed__, __len__+__getitem__
print(list(reversed([1, 2, 3])), ''.join(reversed('abc')), tuple(reversed((1, 2))))
print(list(reversed(range(4))), list(reversed(range(1, 10, 4))), list(reversed([])))
print(list(reversed({'a': 1, 'b': 2})))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(Seq())))
class Custom:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Custom())))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    reversed(5)
except TypeError as e:
    print('TypeError:', e)
lst = [1, 2, 3]
for x in reversed(lst):
    print(x, end=' ')
print()
print(list(reversed(list(reversed(lst)))) == lst)
print(type(reversed([])).__name__)
