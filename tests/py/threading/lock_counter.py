# Many threads updating shared state under a Lock: no update is lost.
import threading

N_THREADS = 8
N_ITERS = 2000
lock = threading.Lock()
counter = [0]
rcounter = [0]
rlock = threading.RLock()

def work():
    for _ in range(N_ITERS):
        with lock:
            counter[0] += 1
        with rlock:
            with rlock:
                rcounter[0] += 1

ts = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter[0], rcounter[0])

# Atomic builtin operations on shared containers.
shared = []
d = {}
def fill(k):
    for i in range(1000):
        shared.append(i)
        d[(k, i)] = i
ts = [threading.Thread(target=fill, args=(k,)) for k in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), len(d), sum(shared))

# A Condition-based handoff in lockstep.
cond = threading.Condition()
turn = [0]
log = []
def player(me, n_players):
    for _ in range(5):
        with cond:
            cond.wait_for(lambda: turn[0] % n_players == me)
            log.append(me)
            turn[0] += 1
            cond.notify_all()
ps = [threading.Thread(target=player, args=(i, 3)) for i in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(log)
