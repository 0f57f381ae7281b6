# threading.Event: set, clear, wait with and without timeouts.
import threading

e = threading.Event()
print(e.is_set(), e.isSet())
print(e.wait(0), e.wait(0.01), e.wait(timeout=0.001))
print(repr(e).startswith("<threading.Event at 0x"), repr(e).endswith(": unset>"))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
print(repr(e).endswith(": set>"))
e.clear()
print(e.is_set(), e.wait(0))

# Many waiters are released together.
start = threading.Event()
seen = []
lock = threading.Lock()
def waiter(i):
    r = start.wait(30)
    with lock:
        seen.append((i, r))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
start.set()
for t in ts:
    t.join()
print(sorted(seen))

# Ping-pong between two threads.
ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append("pong %d" % i)
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append("ping %d" % i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
print(log)
