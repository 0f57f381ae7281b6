# nonlocal and global statements
g = 'global'
def read_global():
    return g
def write_global():
    global g
    g = 'modified'
print(read_global())
write_global()
print(g)
def create_global():
    global brand_new
    brand_new = 'created in function'
create_global()
print(brand_new)
def shadow():
    g = 'local'
    return g
print(shadow(), g)
def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    middle()
    return x
print(outer())
def sibling():
    v = 0
    def a():
        nonlocal v
        v += 1
    def b():
        nonlocal v
        v += 100
    a(); b(); a()
    return v
print(sibling())
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        counter += 1
bump(5)
print(counter)
def mixed():
    global counter
    local_c = counter
    counter = -1
    return local_c
print(mixed(), counter)
def ns():
    y = 'enclosing'
    def inner():
        global y
        y = 'global y'
    inner()
    return y
print(ns(), y)
def loop_nonlocal():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_nonlocal())
