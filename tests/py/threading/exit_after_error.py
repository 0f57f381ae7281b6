# An uncaught exception in the main thread still waits for non-daemon
# threads before the process exits with status 1.
# check: stderr
import threading

go = threading.Event()

def worker():
    go.wait()
    threading.Event().wait(0.05)
    print("worker finished")

threading.Thread(target=worker).start()
print("main raises")
go.set()
raise SystemError("main failed")
