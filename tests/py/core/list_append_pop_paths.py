# list.append / list.pop as method calls (run in place by coil's loop for
# plain lists) and every way they can go wrong.
l = []
for i in range(5):
    l.append(i * i)
print(l, l.pop(), l.pop(0), l.pop(-1), l.pop(True), l)
for bad in [5, -3, "x", 1.0, None]:
    try:
        print([1, 2].pop(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)


class L(list):
    def append(self, x):
        super().append(("wrapped", x))

    def pop(self, i=-1):
        return ("popped", super().pop(i))


m = L()
m.append(1)
m.append(2)
print(m, m.pop(), m.pop(0), m)
append = list.append
append(l, "via unbound")
list.append(l, "via type")
print(l, list.pop(l), l.pop(-2))
nested = [[]]
nested[0].append(nested)
print(len(nested[0]), nested[0][0] is nested)
print([].append(1), [7].pop())
