# Calls that submit more calls, and results gathered through callbacks.
from concurrent.futures import ThreadPoolExecutor, wait
import threading

ex = ThreadPoolExecutor(max_workers=4)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def fan_out(k):
    inner = [ex.submit(fib, k + i) for i in range(3)]
    return [f.result() for f in inner]

outer = [ex.submit(fan_out, k) for k in (5, 10)]
print([f.result() for f in outer])

total = []
lock = threading.Lock()
def collect(fut):
    with lock:
        total.append(fut.result())
fs = [ex.submit(fib, n) for n in range(15)]
for f in fs:
    f.add_done_callback(collect)
wait(fs)
print(sorted(f.result() for f in fs))
# The callbacks run after wait() may have returned; shutdown waits for them.
ex.shutdown()
print(sorted(total))
