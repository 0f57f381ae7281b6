# generators as state machines and tokenizers
def tokenize(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            start = i
            while i < len(text) and text[i].isdigit():
                i += 1
            yield ("NUM", int(text[start:i]))
            continue
        if ch.isalpha():
            start = i
            while i < len(text) and text[i].isalnum():
                i += 1
            yield ("NAME", text[start:i])
            continue
        yield ("OP", ch)
        i += 1

for tok in tokenize("x1 = 42 + y*(7-3)"):
    print(tok)

def traffic_light():
    while True:
        for color, ticks in (("green", 3), ("yellow", 1), ("red", 2)):
            for t in range(ticks):
                yield color

light = traffic_light()
print([next(light) for _ in range(10)])

def door():
    state = "closed"
    while True:
        cmd = yield state
        if state == "closed" and cmd == "open":
            state = "open"
        elif state == "open" and cmd == "close":
            state = "closed"
        elif state == "closed" and cmd == "lock":
            state = "locked"
        elif state == "locked" and cmd == "unlock":
            state = "closed"
        else:
            state = state + "!"
            state = state.rstrip("!")
            print("  invalid", cmd, "in", state)

d = door()
print(next(d))
for cmd in ["open", "lock", "close", "lock", "open", "unlock", "open"]:
    print(cmd, "->", d.send(cmd))

def rle(data):
    prev, count = None, 0
    for ch in data:
        if ch == prev:
            count += 1
        else:
            if prev is not None:
                yield prev, count
            prev, count = ch, 1
    if prev is not None:
        yield prev, count

print(list(rle("aaabccddddde")))
print("".join(c * n for c, n in rle("aaabccddddde")))
