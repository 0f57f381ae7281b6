# At exit the interpreter waits for non-daemon threads.
import threading

go = threading.Event()

def late():
    go.wait()
    threading.Event().wait(0.05)
    print("non-daemon thread finished after main")

t = threading.Thread(target=late)
t.start()
print("main ends")
go.set()
