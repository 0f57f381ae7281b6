# an exception raised inside a generator and not caught anywhere
# check: stderr
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed after 2")

total = 0
for n in numbers():
    total += n
    print("total", total)
print("never printed")
