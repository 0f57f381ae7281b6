"""CPU-bound work gains nothing from threads under a GIL.

A countdown of N steps runs once in the main thread, then split in half
across two threads. Only one thread can execute Python bytecode at a time,
so the two threads take turns (every switch interval, 5 ms by default) and
the total time stays about the same.
"""
import threading
import time

N = 5_000_000


def countdown(n):
    while n > 0:
        n -= 1


def main():
    t0 = time.perf_counter()
    countdown(N)
    sequential = time.perf_counter() - t0

    t0 = time.perf_counter()
    threads = [threading.Thread(target=countdown, args=(N // 2,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    threaded = time.perf_counter() - t0

    print(f"countdown({N:,}) in one thread:        {sequential:.3f} s")
    print(f"two threads doing half each:           {threaded:.3f} s")
    print(f"threads / sequential = {threaded / sequential:.2f}: "
          "the GIL lets only one thread run Python code at a time, so CPU-bound "
          "threads take turns instead of running in parallel.")


if __name__ == "__main__":
    main()
