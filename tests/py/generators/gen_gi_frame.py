# gi_frame exists while the generator can still run and is None afterwards
def gen():
    a = 1
    yield a
    b = 2
    yield b

g = gen()
print(g.gi_frame is not None)
next(g)
print(g.gi_frame is not None)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
print(next(g, "done"))
print(g.gi_frame)

# closed generators have no frame
h = gen()
next(h)
h.close()
print(h.gi_frame)

# unstarted then closed
u = gen()
print(u.gi_frame is not None)
u.close()
print(u.gi_frame)

# failed generators have no frame
def bad():
    yield 1
    1 / 0

b = bad()
next(b)
try:
    next(b)
except ZeroDivisionError:
    pass
print(b.gi_frame)

