# The errors of Thread's methods.
import threading

t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

errs = []
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errs.append(str(e))
s = threading.Thread(target=self_join)
s.start()
s.join()
print(errs)

go = threading.Event()
r = threading.Thread(target=go.wait)
r.start()
try:
    r.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
go.set()
r.join()

class NoInit(threading.Thread):
    def __init__(self):
        pass
n = NoInit()
try:
    n.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    n.join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    n.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)

print("done")
