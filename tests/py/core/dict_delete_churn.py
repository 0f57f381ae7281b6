# Dicts and sets that keep deleting and inserting fresh keys (the pattern of
# a "seen" marker table) must keep working: lookups of absent keys end, and
# the contents stay right.
markers = {}
for round_ in range(200):
    for k in range(round_ * 7, round_ * 7 + 5):
        markers[k] = round_
        assert k in markers
    print_it = round_ % 50 == 0
    for k in range(round_ * 7, round_ * 7 + 5):
        del markers[k]
    if print_it:
        print(round_, len(markers), (round_ * 7) in markers, -1 in markers)
print(len(markers), markers)

# One key at a time, the last one deleted each round.
d = {}
for i in range(1000):
    d[i] = i
    del d[i]
    assert i not in d and (i + 1) not in d
print(d, len(d))

# Interleaved: a few live keys stay while many come and go.
d = {"keep1": 1, "keep2": 2}
for i in range(3000):
    d[("t", i)] = i
    if i % 3 == 2:
        for j in range(i - 2, i + 1):
            del d[("t", j)]
print(sorted(d.items(), key=str), len(d))

s = set()
for i in range(2000):
    s.add(i * 31)
    s.discard(i * 31)
print(s, 5 in s)

# One long-lived key while another comes and goes under ever new hashes
# (json's circular-reference markers do exactly this with id()).
table = {"outer": 0}
for i in range(5000):
    table[i * 1000003] = i
    del table[i * 1000003]
    if (i * 7) in table:
        print("unexpected")
print(table)
