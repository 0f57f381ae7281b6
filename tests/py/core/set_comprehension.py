# set comprehensions, dedup, conditional; printed sorted
print(sorted({x % 5 for x in range(20)}))
print(sorted({c.lower() for c in 'Hello World' if c.isalpha()}))
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
print(sorted({(x, y) for x in range(3) for y in range(3) if x + y == 2}))
print(type({x for x in ()}).__name__, len({x for x in ()}))
words = 'the cat and the hat and the bat'.split()
print(sorted(set(words)), len(set(words)), len(words))
seen = set()
unique = []
for w in words:
    if w not in seen:
        seen.add(w)
        unique.append(w)
print(unique)
print(sorted({i * j for i in range(1, 4) for j in range(1, 4)}))
print([sorted(f) for f in sorted({frozenset([1, x]) for x in range(3)}, key=sorted)])
