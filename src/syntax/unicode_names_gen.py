"""Generates unicode_names.bin, the table behind \\N{...} escapes (see unicode_names.rs).

Run with CPython 3.11 (Unicode 14.0, as CPython 3.11 uses):
    python3 unicode_names_gen.py [/usr/share/perl/5.36.0/unicore/Name.pl]
The optional Perl file only supplies candidate name aliases ("LINE FEED",
"NBSP"); each is kept only if CPython's unicodedata.lookup() accepts it.

Format (integers little-endian):
    b"CNAM"
    u8 prefix count; per prefix: u8 length, the prefix, u16 range count,
        ranges as (u24 first, u24 last) -- names made of prefix + hex code point
    u32 word count; per word (sorted by bytes): u8 length, the word
    u32 name count; per name: u24 code point, u8 word count, u16 word indexes
"""
import os
import re
import sys
import unicodedata

assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version

# Names of the form PREFIX + hex code point, stored as ranges instead.
PREFIXES = [
    "CJK UNIFIED IDEOGRAPH-",
    "CJK COMPATIBILITY IDEOGRAPH-",
    "TANGUT IDEOGRAPH-",
    "KHITAN SMALL SCRIPT CHARACTER-",
    "NUSHU CHARACTER-",
]

ranges = {p: [] for p in PREFIXES}
names = []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith("HANGUL SYLLABLE "):
        continue
    prefix = next((p for p in PREFIXES if name.startswith(p)), None)
    if prefix is not None:
        assert name == prefix + "%04X" % cp
        r = ranges[prefix]
        if r and r[-1][1] == cp - 1:
            r[-1][1] = cp
        else:
            r.append([cp, cp])
        continue
    names.append((cp, name))

if len(sys.argv) > 1:
    official = set(n for _, n in names)
    text = open(sys.argv[1], encoding="utf-8").read()
    for cp_hex, alias in re.findall(r"^([0-9A-F]{4,6})\n([^\n]+)$", text, re.M):
        cp = int(cp_hex, 16)
        if alias in official:
            continue
        try:
            found = unicodedata.lookup(alias)
        except KeyError:
            continue
        if found == chr(cp):
            names.append((cp, alias))
            official.add(alias)

words = sorted(set(w for _, n in names for w in n.split(" ")), key=lambda w: w.encode())
index = {w: i for i, w in enumerate(words)}
assert len(words) < 0xFFFF

out = bytearray(b"CNAM")
out.append(len(PREFIXES))
for p in PREFIXES:
    out.append(len(p))
    out += p.encode()
    out += len(ranges[p]).to_bytes(2, "little")
    for first, last in ranges[p]:
        out += first.to_bytes(3, "little") + last.to_bytes(3, "little")
out += len(words).to_bytes(4, "little")
for w in words:
    b = w.encode("ascii")
    assert len(b) < 256
    out.append(len(b))
    out += b
out += len(names).to_bytes(4, "little")
for cp, name in names:
    parts = name.split(" ")
    assert len(parts) < 256
    out += cp.to_bytes(3, "little")
    out.append(len(parts))
    for w in parts:
        out += index[w].to_bytes(2, "little")

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicode_names.bin")
with open(path, "wb") as f:
    f.write(out)
print(len(names), "names,", len(words), "words,", len(out), "bytes")
