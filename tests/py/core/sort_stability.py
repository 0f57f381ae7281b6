# list.sort and sorted are stable, including with reverse=True
recs = [('a', 2), ('b', 1), ('c', 2), ('d', 1), ('e', 2), ('f', 0)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
l = recs[:]
l.sort(key=lambda r: r[1])
print(l)
l.sort(key=lambda r: r[1] % 2)
print(l)
multi = [(x % 3, x % 2, x) for x in range(12)]
step1 = sorted(multi, key=lambda t: t[1])
step2 = sorted(step1, key=lambda t: t[0])
print(step2 == sorted(multi, key=lambda t: (t[0], t[1])))
print([t[2] for t in step2])
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'lime']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
same = [[1], [1], [1]]
ids_before = [x is same[i] for i, x in enumerate(same)]
out = sorted(same)
print(out[0] is same[0], out[1] is same[1], out[2] is same[2], ids_before)
big = [(i % 7, i) for i in range(200)]
s = sorted(big, key=lambda p: p[0])
ok = all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0])
print(ok, s[:5], s[-3:])
