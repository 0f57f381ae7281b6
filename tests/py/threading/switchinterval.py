# sys.setswitchinterval / getswitchinterval.
import sys

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1)
print(sys.getswitchinterval())
sys.setswitchinterval(0.0123456789)
print(sys.getswitchinterval())
sys.setswitchinterval(True)
print(sys.getswitchinterval())
sys.setswitchinterval(0.0000015)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-7)
print(sys.getswitchinterval())
sys.setswitchinterval(2**40)
print(sys.getswitchinterval())
for bad in [0, -1, 0.0, -0.5]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["0.1", None, [1]]:
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.setswitchinterval()
except TypeError as e:
    print("TypeError")
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)

# Threads still switch with a tiny interval.
import threading
sys.setswitchinterval(1e-5)
counts = [0, 0]
stop = threading.Event()
def spin(i):
    while not stop.is_set():
        counts[i] += 1
ts = [threading.Thread(target=spin, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
while min(counts) < 1000:
    pass
stop.set()
for t in ts:
    t.join()
print("both ran")
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
