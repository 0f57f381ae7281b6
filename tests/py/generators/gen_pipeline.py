# lazy pipelines of generators
log = []

def numbers(n):
    for i in range(n):
        log.append("produce %d" % i)
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squared(src):
    for x in src:
        yield x * x

def take(n, src):
    if n <= 0:
        return
    for i, x in enumerate(src):
        yield x
        if i + 1 >= n:
            return

pipe = take(3, squared(evens(numbers(100))))
print(log)
print(list(pipe))
print(log)

def naturals():
    n = 1
    while True:
        yield n
        n += 1

def sieve():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n

print(list(take(15, sieve())))

def chunks(src, size):
    chunk = []
    for x in src:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunks(range(10), 3)))

def running_average(src):
    total = 0
    for count, x in enumerate(src, 1):
        total += x
        yield total / count

print(list(running_average([2, 4, 6, 8])))

def words(lines):
    for line in lines:
        yield from line.split()

text = ["the quick brown", "fox jumps", "", "over the lazy dog"]
print(list(words(text)))
print(sum(len(w) for w in words(text)))
print(list(take(2, chunks(words(text), 4))))
