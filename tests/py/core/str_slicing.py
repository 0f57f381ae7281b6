# string indexing and slicing including negative steps
s = 'abcdefghij'
print(s[0], s[-1], s[5], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-2])
print(s[-1:-4:-1], s[2:8:3], s[100:], s[:100], s[5:2], s[-100:3])
print(repr(s[5:5]), repr(s[10:]), repr(s[3:1]))
print(s[::3], s[-2::-3], s[:2:-1])
print(s[1:-1], s[-5:-2], s[-2:-5])
print(s[None:4], s[4:None], s[::None])
for i in range(-3, 3):
    print(i, s[i:], s[:i], s[i::-1])
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
try:
    s[-11]
except IndexError as e:
    print('IndexError:', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    s[1.5]
except TypeError as e:
    print('TypeError:', e)
try:
    s[0] = 'z'
except TypeError as e:
    print('TypeError:', e)
print('hello'[1:4][::-1])
print(''[::-1] == '', 'a'[::-1])
print(s[True], s[False:True + 2])
