# generator expressions with several for and if clauses
pairs = ((a, b) for a in range(4) if a % 2 == 0 for b in range(a) if b != 1)
print(list(pairs))

words = ["apple", "kiwi", "banana", "fig"]
print(list(c for w in words if len(w) > 3 for c in w[:2]))
print(sum(len(w) for w in words))
print(tuple(w.upper() for w in words if "i" in w))

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = (x for row in matrix for x in row)
print(list(flat))
transposed = (tuple(row[i] for row in matrix) for i in range(3))
print(list(transposed))
print(list(sum(row) for row in matrix))

# nested genexp inside genexp
g = ((x, (y for y in range(x))) for x in range(3))
for x, inner in g:
    print(x, list(inner))

# genexp as the only argument needs no extra parentheses
print(max(x * x for x in range(-5, 3)))
print(sorted((x % 3, x) for x in range(7)))
print(",".join(str(i) for i in range(5) if i != 2))

# conditional expression inside a genexp
print(list("even" if i % 2 == 0 else "odd" for i in range(5)))

# a genexp can be consumed only once
h = (i for i in range(3))
print(list(h), list(h))

# walrus in the condition
vals = [3, 8, 1, 9]
print(list(y for v in vals if (y := v * 2) > 5))
