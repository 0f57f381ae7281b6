# divmod with ints, floats, negatives, big values
for a in [17, -17, 0, 5, -5]:
    for b in [5, -5, 3, 1, -1]:
        print(a, b, divmod(a, b))
print(divmod(7.5, 2))
print(divmod(-7.5, 2))
print(divmod(7.5, -2))
print(divmod(2 ** 80, 10 ** 10))
print(divmod(1, 3.0))
print(divmod(0.0, 1))
q, r = divmod(100, 7)
print(q, r)
print(divmod(True, 2))
print(divmod(-(2 ** 70), 3), divmod(2 ** 70, -3))
print(divmod(5.0, 0.5), divmod(-5.5, 1.5), divmod(1e300, 1e-300)[1] >= 0)
for a, b in [(7, 0), (7.0, 0.0), (2 ** 80, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    divmod('a', 2)
except TypeError as e:
    print('TypeError:', e)
class D:
    def __divmod__(self, o):
        return ('custom', o)
    def __rdivmod__(self, o):
        return ('rcustom', o)
print(divmod(D(), 3), divmod(3, D()))
mins, secs = divmod(3725, 60)
hours, mins = divmod(mins, 60)
print(f'{hours}:{mins:02d}:{secs:02d}')
