# dict comprehensions, inversion, conditional, nested
squares = {x: x * x for x in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inverted = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inverted)
words = ['apple', 'bob', 'cat', 'apple']
lengths = {w: len(w) for w in words}
print(lengths)
print({c: words.count(c) for c in sorted(set(words))})
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
nested = {i: {j: i + j for j in range(2)} for i in range(3)}
print(nested)
print({str(k): [k] * k for k in range(4)})
print({k: v for k, v in zip('abc', [1, 2, 3])})
print({x % 3: x for x in range(10)})
print(dict((k, k.upper()) for k in 'xy'))
print({k: ('even' if k % 2 == 0 else 'odd') for k in range(4)})
print({})
print(type({x: x for x in []}).__name__)
