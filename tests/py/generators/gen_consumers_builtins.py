# generators passed to builtins that consume iterables
def gen(n):
    for i in range(1, n + 1):
        yield i

print(list(gen(5)))
print(tuple(gen(3)))
print(set(gen(4)) == {1, 2, 3, 4})
print(sum(gen(100)))
print(sum(gen(4), 10))
print(min(gen(5)), max(gen(5)))
print(sorted(gen(5), reverse=True))
print(any(x > 4 for x in gen(5)), all(x > 1 for x in gen(5)))
print(dict(zip(gen(3), "abc")))
print(list(zip(gen(3), gen(10), "xyz")))
print(list(enumerate(gen(3))))
print(list(map(lambda x: x * 2, gen(4))))
print(list(filter(lambda x: x % 2, gen(7))))
print(" ".join(str(x) for x in gen(5)))
print(list(reversed(list(gen(4)))))
print(len(list(gen(50))))

# zip stops pulling from later generators once the first is exhausted
log = []
def logged(name, n):
    for i in range(n):
        log.append((name, i))
        yield i

print(list(zip(logged("a", 2), logged("b", 5))))
print(log)

# any() short-circuits
log.clear()
print(any(x == 1 for x in logged("c", 10)))
print(log)

# str.join, bytes and bytearray from generators
print(bytes(x for x in gen(3)))
print("".join(chr(96 + x) for x in gen(5)))

# list.extend and set.update take generators
lst = [0]
lst.extend(gen(3))
print(lst)
st = set()
st.update(x % 2 for x in gen(5))
print(sorted(st))
print(dict((k, k * k) for k in gen(3)))
