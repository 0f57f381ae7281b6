# values and exceptions passing through three levels of await
class Channel:
    def __await__(self):
        received = yield "need input"
        if isinstance(received, BaseException):
            raise received
        return received

async def level3():
    items = []
    while True:
        v = await Channel()
        if v == "end":
            return items
        items.append(v)

async def level2():
    try:
        r = await level3()
    except KeyError as e:
        print("level2 caught", repr(e))
        r = ["recovered"]
    finally:
        print("level2 finally")
    return r + ["level2"]

async def level1():
    r = await level2()
    return r + ["level1"]

c = level1()
print(c.send(None))
print(c.send("x"))
print(c.send("y"))
try:
    c.send("end")
except StopIteration as e:
    print("result:", e.value)

# throw() goes to the innermost suspended point
c = level1()
c.send(None)
c.send("a")
try:
    c.throw(KeyError("thrown"))
except StopIteration as e:
    print("after throw:", e.value)

# an exception not handled anywhere comes out of throw()
c = level1()
c.send(None)
try:
    c.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated:", e)

# cr_await follows the chain
c = level1()
c.send(None)
print(c.cr_await.__name__, c.cr_await.cr_await.__name__)
print(type(c.cr_await.cr_await.cr_await).__name__)
c.close()
print(c.cr_await)
