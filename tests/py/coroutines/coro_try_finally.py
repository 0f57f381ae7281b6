# try/except/finally and exception context inside coroutines with awaits
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

async def worker():
    try:
        await Pause("in try")
        raise ValueError("first")
    except ValueError as e:
        await Pause("in except")
        print("handling", e)
        try:
            raise KeyError("second")
        except KeyError as e2:
            print("context:", repr(e2.__context__))
    else:
        print("not printed")
    finally:
        await Pause("in finally")
        print("finally done")
    return "worker result"

c = worker()
try:
    while True:
        print("driver:", c.send(None))
except StopIteration as e:
    print(e.value)

# return inside try with an awaiting finally
async def ret():
    try:
        return "from try"
    finally:
        await Pause("finally of ret")
        print("finally of ret finished")

c = ret()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# the exception raised at the await is visible to except clauses
class Failing:
    def __await__(self):
        yield "about to fail"
        raise OSError("await failed")

async def handler():
    try:
        await Failing()
    except OSError as e:
        return "handled " + str(e)

c = handler()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
