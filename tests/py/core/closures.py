# closures: capturing variables, counters, independent instances
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(1))
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def outer():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show
print(outer()())
def make_acc():
    items = []
    def add(v):
        items.append(v)
        return list(items)
    return add
acc = make_acc()
acc(1)
print(acc(2))
def pair():
    val = 0
    def get():
        return val
    def set_(v):
        nonlocal val
        val = v
    return get, set_
getter, setter = pair()
print(getter())
setter(42)
print(getter())
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(add5.__closure__ is not None, len(add5.__closure__))
print(add5.__closure__[0].cell_contents)
def no_free():
    return 1
print(no_free.__closure__)
