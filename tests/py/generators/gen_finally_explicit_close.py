# finally blocks and with-statements inside generators run on explicit close()
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False

def reader(name, lines):
    with Resource(name) as r:
        for line in lines:
            yield r.name + ":" + line

g = reader("file1", ["a", "b", "c"])
print(next(g))
print(next(g))
g.close()
print("after close")

# full consumption exits the with block normally
print(list(reader("file2", ["x"])))

# try/finally with a return value in the finally path
def counting():
    count = 0
    try:
        while True:
            count += 1
            yield count
    finally:
        print("counted", count)

c = counting()
for _ in range(3):
    next(c)
c.close()

# exceptions raised in the body still run finally
def failing():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        print("failing finally")

f = failing()
next(f)
try:
    next(f)
except ValueError as e:
    print("caught", e)

# finally that itself yields values during normal exhaustion
def finally_yields():
    try:
        yield "body"
    finally:
        yield "cleanup"

print(list(finally_yields()))
