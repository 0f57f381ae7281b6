# nested and conditional comprehensions
print([(a, b) for a in range(3) for b in range(a)])
print([[a * b for b in range(1, 4)] for a in range(1, 4)])
print([x for row in [[1, 2], [3], []] for x in row])
print([x for x in range(20) if x % 2 if x % 3])
print([x if x % 2 else 'even' for x in range(5)])
print([(x, y) for x in 'ab' if x != 'z' for y in 'cd' if y != 'c'])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print({(x, y): x * y for x in range(2) for y in range(2)})
print(sorted({c for word in ['hi', 'ho'] for c in word}))
print([[c for c in w] for w in ['ab', 'c']])
print([sum(r) for r in [[1, 2], [3, 4]] if sum(r) > 3])
words = ['apple', 'bob', 'kayak', 'level', 'xyz']
print([w for w in words if w == w[::-1] if len(w) > 3])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
print([[y for y in range(x)] for x in range(4)])
triples = [(a, b, c) for c in range(1, 20) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([*[x for x in 'ab'], *(y for y in 'cd')])
