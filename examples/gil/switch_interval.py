"""How the switch interval changes the wake-up latency of a sleeping thread.

Beside one CPU-bound thread, a thread sleeps 1 ms in a loop; we measure how
much later than 1 ms it runs again, for several values of
sys.setswitchinterval(). A waiting thread asks the running one to drop the
GIL after one interval, so in CPython the latency follows the interval. In
coil a thread coming back from a blocking call asks at once, so its latency
stays small whatever the interval; what the interval still controls is how
long two CPU-bound threads run before being forced to take turns (shown by
the count of forced switches per second).
"""
import sys
import threading
import time

SAMPLES = 200


def spin(stop):
    x = 0
    while not stop.is_set():
        for i in range(1000):
            x += i


def sleeper_latency():
    extra = []
    for _ in range(SAMPLES):
        t0 = time.perf_counter()
        time.sleep(0.001)
        extra.append(time.perf_counter() - t0 - 0.001)
    extra.sort()
    return extra[len(extra) // 2], extra[len(extra) * 99 // 100]


def turns_per_second(duration=0.3):
    """Two CPU-bound threads: how often does the running thread change?"""
    stop = threading.Event()
    last = [None]
    changes = [0]

    def work(me):
        while not stop.is_set():
            for i in range(100):
                if last[0] != me:
                    last[0] = me
                    changes[0] += 1

    threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    time.sleep(duration)
    stop.set()
    for t in threads:
        t.join()
    return changes[0] / duration


def main():
    print(f"{'interval':>10} {'median wake-up delay':>22} {'99th percentile':>16} {'CPU-thread switches/s':>22}")
    for interval in (0.0005, 0.001, 0.005, 0.02, 0.05):
        sys.setswitchinterval(interval)
        stop = threading.Event()
        spinner = threading.Thread(target=spin, args=(stop,))
        spinner.start()
        median, p99 = sleeper_latency()
        stop.set()
        spinner.join()
        rate = turns_per_second()
        print(f"{interval * 1000:>8g}ms {median * 1000:>19.3f} ms {p99 * 1000:>13.3f} ms {rate:>22.0f}")
    sys.setswitchinterval(0.005)


if __name__ == "__main__":
    main()
