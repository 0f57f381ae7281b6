# string operators: + * in, comparisons, len, iteration
print('ab' + 'cd', 'ab' * 3, 3 * 'ab', 'x' * 0, 'x' * -2, repr('' * 5))
print('a' in 'abc', 'bc' in 'abc', 'ac' in 'abc', '' in 'abc', '' in '')
print('z' not in 'abc')
print('abc' == 'abc', 'abc' != 'abd', 'abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'Z' < 'a')
print('apple' < 'banana' < 'cherry', 'a' <= 'a', 'b' >= 'a')
print('' < 'a', 'a' > '', 'aa' > 'a')
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana']))
print(max('hello'), min('hello'), len('hello'), len(''))
print(list('abc'), tuple('ab'), set('aab') == {'a', 'b'})
for ch in 'hi!':
    print(ch, end=' ')
print()
s = 'x'
s += 'y'
s *= 3
print(s)
print('-' * 20)
print(('ab' * 2) + ('cd' * 2))
print('abc'[0] * 5)
print(str(1) + str(2), int('1') + int('2'))
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 + 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError:', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
print('abc' * True, repr('abc' * False))
print(hash('abc') == hash('ab' + 'c'))
