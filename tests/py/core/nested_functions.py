# nested functions three levels deep, each reading enclosing scopes
def level1(a):
    def level2(b):
        def level3(c):
            return f'{a}-{b}-{c}'
        return level3
    return level2
print(level1('x')('y')('z'))
def outer():
    v = 'outer'
    def mid():
        w = 'mid'
        def inner():
            return v + '/' + w
        return inner()
    return mid()
print(outer())
def counter_tree():
    n = 0
    def a():
        def b():
            def c():
                nonlocal n
                n += 1
                return n
            return c
        return b
    f = a()()
    f(); f()
    return f()
print(counter_tree())
def make_ops():
    def add(x, y):
        return x + y
    def apply(op, *args):
        return op(*args)
    return apply(add, 2, 3), apply(lambda *a: sum(a), 1, 2, 3)
print(make_ops())
def qual():
    def inner():
        def innermost():
            pass
        return innermost
    return inner()
print(qual.__qualname__, qual().__qualname__, qual().__name__)
def rec_inner(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(rec_inner(10))
