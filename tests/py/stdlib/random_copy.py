# random: generators copy and deep-copy with their state; subclasses of
# _random.Random seed in __init__ as in CPython
import copy
import random
import _random

r = random.Random(7)
r.random()
r2 = copy.deepcopy(r)
r3 = copy.copy(r)
print(r.random() == r2.random() == r3.random(), type(r2).__name__, r2.getstate() == r.getstate())
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1])


class Plain(_random.Random):
    pass


class NoSeed(_random.Random):
    def __init__(self, x):
        self.x = x


print(Plain(5).random() == _random.Random(5).random() == random.Random(5).random())
ns = NoSeed(5)
print(ns.random(), ns.getstate()[-1], vars(ns))
ns.seed(5)
print(ns.random() == Plain(5).random())


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(11)
print([d.roll() for _ in range(20)], d.gauss_next)
