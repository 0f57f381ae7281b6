# __length_hint__ of list, tuple, reversed and range iterators.
import operator
it = iter([1, 2, 3]); next(it)
print(operator.length_hint(it), operator.length_hint(iter((1, 2))), operator.length_hint(iter(range(10))), operator.length_hint(reversed([1, 2, 3])))
r = reversed([1, 2, 3]); next(r); print(r.__length_hint__())
l = [1, 2]; it = iter(l); l.append(3); print(it.__length_hint__())
for x in it: pass
print(it.__length_hint__())
ri = iter(range(0, 10, 3)); next(ri); print(ri.__length_hint__())
