# augmented assignment with every operator on names
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x /= 3; print(x)
x = 17
x //= 5; print(x)
x %= 2; print(x)
x = 3
x **= 3; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
x &= 6; print(x)
x |= 9; print(x)
x ^= 5; print(x)
f = 1.5
f += 1; print(f)
f *= 2; print(f)
f //= 2; print(f)
f %= 1.5; print(f)
f -= 0.25; print(f)
f **= 2; print(f)
s = 'ab'
s += 'cd'; print(s)
s *= 2; print(s)
t = (1,)
t += (2,); print(t)
t *= 2; print(t)
b = 2 ** 64
b += 1; print(b)
b *= b; print(b)
b //= 7; print(b)
st = {1, 2}
st |= {3}; st &= {2, 3, 4}; st -= {4}; st ^= {9}
print(sorted(st))
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
l *= 2
print(l2)
t2 = t
t += (9,)
print(t is t2, t2)
try:
    undefined_name += 1
except NameError as e:
    print('NameError:', e)
