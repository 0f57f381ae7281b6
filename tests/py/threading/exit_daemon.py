# At exit the interpreter does not wait for daemon threads.
import threading

never = threading.Event()

def stuck():
    never.wait()
    print("never printed")

def spin():
    while True:
        pass

threading.Thread(target=stuck, daemon=True).start()
t = threading.Thread(target=spin)
t.daemon = True
t.start()
print("main ends with", threading.active_count(), "threads")
