# threading.enumerate, active_count, main_thread, current_thread.
import threading

print(threading.active_count(), threading.activeCount())
print([t.name for t in threading.enumerate()])
main = threading.main_thread()
print(main.name, main.daemon, main.is_alive(), repr(main).startswith("<_MainThread(MainThread, started "))

go = threading.Event()
started = threading.Semaphore(0)
def worker():
    started.release()
    go.wait()
ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    started.acquire()
print(threading.active_count())
print(sorted(t.name for t in threading.enumerate()))
print(all(t.is_alive() for t in threading.enumerate()))
go.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])

inside = []
def look():
    inside.append((threading.current_thread().name, threading.main_thread().name,
                   threading.current_thread() is threading.main_thread()))
t = threading.Thread(target=look, name="looker")
t.start()
t.join()
print(inside)

# A thread started with _thread directly gets a dummy Thread object.
import _thread
done = threading.Event()
info = []
def raw():
    ct = threading.current_thread()
    info.append((type(ct).__name__, ct.name.startswith("Dummy-"), ct.daemon, ct.is_alive()))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(info)
