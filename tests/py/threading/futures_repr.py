# Future repr in each state (addresses masked).
from concurrent.futures import Future, ThreadPoolExecutor

def show(f):
    print(repr(f).replace(hex(id(f)), "ADDR"))

f = Future()
show(f)
f.set_running_or_notify_cancel()
show(f)
f.set_result([1, 2])
show(f)
g = Future()
g.set_exception(KeyError("k"))
show(g)
h = Future()
h.cancel()
show(h)
h.set_running_or_notify_cancel()
show(h)
n = Future()
n.set_result(None)
show(n)
with ThreadPoolExecutor(1) as ex:
    x = ex.submit(int, "7")
    x.result()
    show(x)
    y = ex.submit(int, "z")
    y.exception()
    show(y)

class MyFuture(Future):
    pass
m = MyFuture()
m.set_result(1.5)
show(m)
