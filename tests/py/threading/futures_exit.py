# At exit the queued calls of an executor that was never shut down still
# run, and its workers then leave.
from concurrent.futures import ThreadPoolExecutor
import threading

gate = threading.Event()
ex = ThreadPoolExecutor(max_workers=1)

def job(i):
    gate.wait()
    print("job", i)

for i in range(3):
    ex.submit(job, i)
print("main ends")
gate.set()
