"""`counter += 1` is not atomic: threads lose updates without a Lock.

`counter += 1` is several bytecodes: load counter, add 1, store counter. A
thread switch can fall between the load and the store; the other thread's
increments made in between are then overwritten. coil may switch threads
just before any store to shared state, as well as at jumps and calls
(CPython 3.11 checks only at jumps and calls, which hides this race in small
examples), so the lost updates are easy to see. Each thread must run for
several switch intervals (5 ms) for switches to happen at all, hence N.
With a Lock around the increment the total is always exact.
"""
import threading

THREADS = 4
N = 1_000_000

counter = 0
lock = threading.Lock()


def unsafe_increment():
    global counter
    for _ in range(N):
        counter += 1


def safe_increment():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


def run(target):
    global counter
    counter = 0
    threads = [threading.Thread(target=target) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


def main():
    expected = THREADS * N
    got = run(unsafe_increment)
    print(f"without a lock: {got:,} of {expected:,} increments "
          f"({expected - got:,} lost)")
    got = run(safe_increment)
    print(f"with a lock:    {got:,} of {expected:,} increments "
          f"({'exact' if got == expected else 'LOST UPDATES?!'})")


if __name__ == "__main__":
    main()
