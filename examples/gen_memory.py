# How much memory a suspended generator costs: makes 200,000 generators with
# two locals, each suspended at its first yield, and divides the growth of
# the process's resident memory by their number (Linux /proc). Compare:
#   python3 examples/gen_memory.py
#   cargo run --release -- examples/gen_memory.py


def resident_bytes():
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * 4096


def counter(start, step):
    total = start
    while True:
        total += step
        yield total


def main():
    n = 200_000
    keep = []
    before = resident_bytes()
    for i in range(n):
        g = counter(i, 1)
        next(g)
        keep.append(g)
    grown = resident_bytes() - before
    # The list holding them costs 8 bytes a slot in CPython, 16 in coil;
    # counted in, as any program keeping generators needs somewhere to do so.
    print(f"{n} suspended generators (two locals each): "
          f"{grown / n:.0f} bytes each, list slot included")


main()
