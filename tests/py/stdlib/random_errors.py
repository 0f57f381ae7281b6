# random: CPython's exceptions and messages for bad arguments
import random
import _random

r = random.Random(5)


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for expr in [
    "r.randrange(0)", "r.randrange(-5)", "r.randrange(5, 5)", "r.randrange(5, 2)", "r.randrange(0, 10, 0)",
    "r.randrange(0, 10, -1)", "r.randrange(10, step=2)", "r.randrange(1.5)", "r.randrange(0, 2.5)",
    "r.randrange(0, 10, 1.5)", "r.randrange('a')", "r.randrange(0, 'b')", "r.randint(5, 1)", "r.randint(1.5, 3)",
    "r.choice([])", "r.choice('')", "r.choice(5)", "r.choice({1: 2})",
    "r.sample({1, 2, 3}, 2)", "r.sample({'a': 1}, 1)", "r.sample([1, 2], 3)", "r.sample([1, 2], -1)",
    "r.sample([1, 2], 1, counts=[1])", "r.sample([1, 2], 1, counts=[1.5, 2])", "r.sample([1, 2], 1, counts=[0, 0])",
    "r.sample(5, 1)", "r.sample([1, 2])",
    "r.choices([])", "r.choices([1, 2], [1])", "r.choices([1, 2], [0, 0])", "r.choices([1, 2], 3)",
    "r.choices([1, 2], [1, 1], cum_weights=[1, 2])", "r.choices([1, 2], [1, float('inf')])",
    "r.choices([1, 2], ['a', 'b'])", "r.choices([1, 2], cum_weights=[1, -5])",
    "r.gammavariate(0, 1)", "r.gammavariate(1, -1)", "r.betavariate(0, 1)", "r.expovariate(0)",
    "r.triangular(1, 1, 1)", "r.shuffle((1, 2))", "r.shuffle('ab')",
    "r.getrandbits(-1)", "r.getrandbits(1.5)", "r.getrandbits(2**40)", "r.getrandbits()", "r.getrandbits(k=3)",
    "r.random(1)", "r.seed([1])", "r.seed((1, 2))", "r.seed({})", "r.seed(1, 2, 3)",
    "r.setstate((3, (1,) * 10, None))", "r.setstate((3, 5, None))", "r.setstate((3, (1,) * 624 + (700,), None))",
    "r.setstate((3, (-1,) * 625, None))", "r.setstate((3, ('a',) * 625, None))", "r.setstate((4, 1, 2))",
    "r.setstate(5)", "r.setstate((3, [0] * 625, None))",
    "_random.Random(1, 2)", "_random.Random(x=1)", "_random.Random().seed(1, 2)", "_random.Random().seed([1])",
    "random.Random(1, 2)", "random.randbytes(-1)", "random.SystemRandom().getstate()",
    "random.SystemRandom().getrandbits(-1)",
]:
    show(expr)

print(type(_random.Random()).__name__, _random.Random.__module__, [c.__name__ for c in random.Random.__mro__])
print(vars(random.Random(1)), random.Random.VERSION, random.seed.__self__ is random._inst)
