"""I/O-bound threads overlap: the GIL is released while a thread waits.

20 threads each sleep 0.1 s five times (standing in for network or disk
waits). Run one after another that would take 20 x 5 x 0.1 = 10 s; because
time.sleep releases the GIL, the waits overlap and it takes about 0.5 s.
"""
import threading
import time

THREADS = 20
ROUNDS = 5
WAIT = 0.1


def fetch(done, i):
    for _ in range(ROUNDS):
        time.sleep(WAIT)   # the GIL is free while we wait
    done[i] = True


def main():
    done = [False] * THREADS
    t0 = time.perf_counter()
    threads = [threading.Thread(target=fetch, args=(done, i)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    print(f"{THREADS} threads x {ROUNDS} waits of {WAIT} s: {elapsed:.2f} s "
          f"(one after another it would be {THREADS * ROUNDS * WAIT:.0f} s)")
    print(f"all finished: {all(done)}; the waits overlapped because sleeping "
          "threads release the GIL.")


if __name__ == "__main__":
    main()
