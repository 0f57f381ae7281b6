# calling next()/send() on a generator from inside its own body raises
# ValueError: generator already executing
def selfish():
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError on send:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("ValueError on throw:", e)
    yield "fine"

me = selfish()
print(next(me))

# close() from inside is the same kind of error
def closer():
    try:
        me2.close()
    except ValueError as e:
        print("close:", e)
    yield 1

me2 = closer()
print(next(me2))

# uncaught, it propagates out of the outer next()
def bad():
    yield next(me3)

me3 = bad()
try:
    next(me3)
except ValueError as e:
    print("propagated:", e)
print(next(me3, "me3 is finished"))

# via a generator expression that iterates itself
def recursive_list():
    yield 1
    yield list(me4)

me4 = recursive_list()
print(next(me4))
try:
    next(me4)
except ValueError as e:
    print("list(self):", e)
