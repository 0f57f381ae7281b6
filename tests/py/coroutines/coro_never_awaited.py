# check: stderr
# a coroutine dropped without being awaited gets CPython's RuntimeWarning (once per line)
async def f():
    return 1

def g():
    f()
    print("after")

g()
for i in range(3):
    f()
c = f()
c.close()  # closed explicitly: no warning
print("end")
