# threading.Thread: names, daemon flag, is_alive, join, ident, repr.
import threading

def f():
    pass

def g(a, b=0):
    out.append(a + b)

out = []
t1 = threading.Thread(target=f)
t2 = threading.Thread(target=g, args=(1,), kwargs={"b": 2})
t3 = threading.Thread()
t4 = threading.Thread(target=lambda: None)
t5 = threading.Thread(target=f, name="custom")
t6 = threading.Thread(target=f, name=42)
print([t.name for t in (t1, t2, t3, t4, t5, t6)])
print(repr(t1), repr(t3))
print(t1.ident, t1.native_id, t1.is_alive(), t1.daemon)

t2.start()
t2.join()
print(out, t2.is_alive(), type(t2.ident) is int, t2.ident != threading.get_ident())
print(repr(t2).startswith("<Thread(Thread-2 (g), stopped "))
t2.join()
t2.join(0)

d = threading.Thread(target=f, daemon=True)
print(d.daemon, d.isDaemon(), repr(d))
d.daemon = False
print(d.daemon)
d.setDaemon(True)
print(d.daemon)
d.name = "renamed"
print(d.name, d.getName())
d.setName("again")
print(d.name)

# A thread's daemon flag defaults to its creator's.
res = []
def make():
    res.append(threading.Thread(target=f).daemon)
dd = threading.Thread(target=make, daemon=True)
dd.start()
dd.join()
nd = threading.Thread(target=make)
nd.start()
nd.join()
print(res)

# join with a timeout returns while the thread still runs.
go = threading.Event()
slow = threading.Thread(target=go.wait, name="slow")
slow.start()
print(slow.is_alive())
slow.join(0.01)
print(slow.is_alive())
print(repr(slow).startswith("<Thread(slow, started "))
go.set()
slow.join()
print(slow.is_alive())

# current_thread inside the thread is the Thread object.
holder = []
t = threading.Thread(target=lambda: holder.append(threading.current_thread()), name="me")
t.start()
t.join()
print(holder[0] is t, holder[0].name)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.get_ident() == threading.current_thread().ident)
print(threading.get_native_id() == threading.current_thread().native_id)
print(threading.currentThread() is threading.current_thread())

try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError:", e)
