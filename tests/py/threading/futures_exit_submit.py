# Hooks registered with threading._register_atexit run at exit, the latest
# first, before the non-daemon threads are joined. concurrent.futures.thread
# registers its own when first imported: submitting after it ran fails.
import threading
import concurrent.futures

def late_submit():
    try:
        ex.submit(print, "never")
    except RuntimeError as e:
        print("RuntimeError:", e)

def note(what, n=0):
    print("atexit:", what, n)
    try:
        threading._register_atexit(print, "too late")
    except RuntimeError as e:
        print("RuntimeError:", e)

gate = threading.Event()
threading._register_atexit(gate.set)       # runs last
threading._register_atexit(late_submit)
ex = concurrent.futures.ThreadPoolExecutor(1)       # imports .thread now
threading._register_atexit(note, "registered last", n=1)
threading._register_atexit(note, "registered after")
print(ex.submit(pow, 3, 4).result())
print("ThreadPoolExecutor" in dir(concurrent.futures))
def worker():
    gate.wait()
    print("worker joined after the hooks")
threading.Thread(target=worker).start()
print("main ends")
