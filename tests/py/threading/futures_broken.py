# A failing initializer breaks the pool: pending calls fail with BrokenThreadPool.
# check: stderr
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool

def bad_init():
    raise OSError("init failed")

ex = ThreadPoolExecutor(max_workers=1, initializer=bad_init)
f = ex.submit(pow, 2, 10)
try:
    f.result(timeout=30)
except BrokenThreadPool as e:
    print("BrokenThreadPool:", e)
try:
    ex.submit(pow, 2, 3)
except BrokenThreadPool as e:
    print("BrokenThreadPool on submit:", e)
ex.shutdown()
print("done")
