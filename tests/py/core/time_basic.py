# time.time / perf_counter / monotonic types and monotonicity, time.sleep
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t0 > 1_600_000_000)
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(t1 >= t0, p1 >= p0, m1 >= m0)
print(p1 - p0 >= 0.009, m1 - m0 >= 0.009)
time.sleep(0)
ns = time.time_ns() if hasattr(time, 'time_ns') else int(time.time() * 1e9)
print(type(ns).__name__, ns > 0)
prev = time.monotonic()
ok = True
for _ in range(1000):
    now = time.monotonic()
    if now < prev:
        ok = False
    prev = now
print(ok)
from time import sleep, perf_counter
start = perf_counter()
sleep(0.005)
print(perf_counter() - start > 0)
