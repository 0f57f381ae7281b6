# generators consumed by for loops: break, continue, else, nesting
def squares(n):
    for i in range(n):
        yield i * i

for s in squares(5):
    print("square", s)

for s in squares(10):
    if s > 20:
        print("break at", s)
        break
else:
    print("not printed")

for s in squares(3):
    if s == 1:
        continue
    print("kept", s)
else:
    print("else runs when exhausted")

# resuming a partially consumed generator in a second loop
g = squares(6)
for s in g:
    if s == 4:
        break
print("resuming")
for s in g:
    print("rest", s)

# nested loops over independent generators
for a in squares(3):
    for b in squares(2):
        print(a, b, end="; ")
print()

# enumerate and reversed-like patterns
for idx, val in enumerate(squares(4), start=1):
    print(idx, val)

# the loop variable keeps its last value
for last in squares(4):
    pass
print("last", last)

# a generator's exception inside a for loop propagates
def fails():
    yield "ok"
    raise ValueError("mid-loop")

try:
    for v in fails():
        print(v)
except ValueError as e:
    print("caught", e)

# while loop with next and sentinel
it = squares(4)
while (v := next(it, None)) is not None:
    print("walrus", v)
