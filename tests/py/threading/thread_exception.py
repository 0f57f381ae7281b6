# An exception that ends a thread is printed by threading.excepthook; the
# process goes on.
# check: stderr
import threading

def fail():
    raise ValueError("bad thing in thread")

t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("main continues", t.is_alive())

t = threading.Thread(target=lambda: print("second thread ran"))
t.start()
t.join()
print("exit normally")
