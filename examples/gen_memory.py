# How much memory a suspended generator costs: makes 200,000 generators with
# two locals, each suspended at its first yield, and divides the growth of
# the process's resident memory by their number (Linux /proc). The list that
# keeps them is allocated beforehand and the locals hold small ints (cached
# objects in CPython, immediates in coil), so the figure is the generator
# alone. Compare:
#   python3 examples/gen_memory.py
#   cargo run --release -- examples/gen_memory.py


def resident_bytes():
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * 4096


def counter(start):
    total = start
    while True:
        total += 1
        yield total


def main():
    n = 200_000
    keep = [None] * n
    before = resident_bytes()
    for i in range(n):
        g = counter(0)
        next(g)
        keep[i] = g
    grown = resident_bytes() - before
    print(f"{n} suspended generators (two locals each): {grown / n:.0f} bytes each")


main()
