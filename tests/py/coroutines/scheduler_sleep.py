# a tiny event loop with a virtual clock: coroutines await Sleep(ticks)
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        now = yield ("sleep", self.ticks)
        return now

class Loop:
    def __init__(self):
        self.now = 0
        self.waiting = []
        self.counter = 0
        self.log = []
    def spawn(self, coro, name):
        self.waiting.append((self.now, self.counter, name, coro, False))
        self.counter += 1
    def run(self):
        while self.waiting:
            self.waiting.sort()
            when, _, name, coro, started = self.waiting.pop(0)
            self.now = when
            try:
                # the first send must be None for an unstarted coroutine
                req = coro.send(self.now if started else None)
            except StopIteration as e:
                self.log.append((self.now, name, "done", e.value))
                continue
            kind, ticks = req
            self.waiting.append((self.now + ticks, self.counter, name, coro, True))
            self.counter += 1
        return self.log

async def ticker(name, interval, count):
    woke = []
    for i in range(count):
        t = await Sleep(interval)
        print("t=%d %s tick %d" % (t, name, i))
        woke.append(t)
    return woke

async def starter():
    return "started"

loop = Loop()
loop.spawn(ticker("fast", 1, 4), "fast")
loop.spawn(ticker("slow", 3, 2), "slow")
loop.spawn(ticker("mid", 2, 3), "mid")
loop.spawn(starter(), "starter")
for entry in loop.run():
    print(entry)
