# Condition.wait/wait_for timeouts go through the lock's own checks, as in
# CPython; time.monotonic() is one clock for every thread.
import threading, time
c = threading.Condition()
with c:
    print(c.wait(0.01), c.wait(0), c.wait(-5), c.wait_for(lambda: False, 0.01), c.wait_for(lambda: 7, 1))
    for bad in (1e10, 'x', float('nan')):
        try:
            c.wait(bad)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        c.wait_for(lambda: False, 'x')
    except TypeError as e:
        print("TypeError", e)
def other(out):
    out.append(time.monotonic())
out = []
t0 = time.monotonic()
t = threading.Thread(target=other, args=(out,)); t.start(); t.join()
print(0 <= out[0] - t0 < 1)
