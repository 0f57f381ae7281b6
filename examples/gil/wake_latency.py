"""How late does a sleeping thread wake up beside a CPU-bound thread?

One thread spins on pure Python arithmetic (it always wants the GIL). The
main thread sleeps 1 ms, 500 times, and measures how much later than 1 ms it
actually got to run again. Under CPython 3.11 the waking thread must wait up
to a whole switch interval (5 ms) for the spinning thread to give up the GIL
(the "convoy effect"); coil lets a thread returning from a blocking call ask
for the GIL at once.

Usage: coil examples/gil/wake_latency.py [switch_interval_seconds]
"""
import sys
import threading
import time

SAMPLES = 500
SLEEP = 0.001


def spin(stop):
    x = 0
    while not stop.is_set():
        for i in range(1000):
            x += i


def measure():
    extra = []
    for _ in range(SAMPLES):
        t0 = time.perf_counter()
        time.sleep(SLEEP)
        extra.append(time.perf_counter() - t0 - SLEEP)
    extra.sort()
    return extra[len(extra) // 2], extra[len(extra) * 99 // 100]


def main():
    if len(sys.argv) > 1:
        sys.setswitchinterval(float(sys.argv[1]))
    quiet_median, quiet_p99 = measure()
    stop = threading.Event()
    spinner = threading.Thread(target=spin, args=(stop,))
    spinner.start()
    busy_median, busy_p99 = measure()
    stop.set()
    spinner.join()
    print(f"switch interval {sys.getswitchinterval() * 1000:g} ms, {SAMPLES} sleeps of 1 ms")
    print(f"  alone:                 extra latency median {quiet_median * 1000:.3f} ms, 99th percentile {quiet_p99 * 1000:.3f} ms")
    print(f"  beside a CPU-bound thread: median {busy_median * 1000:.3f} ms, 99th percentile {busy_p99 * 1000:.3f} ms")


if __name__ == "__main__":
    main()
