# random: the integer, sequence and distribution methods draw exactly like CPython's
import random

random.seed(1)
print([random.randrange(10) for _ in range(20)])
print([random.randrange(5, 15) for _ in range(10)], [random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(10, 0, -3) for _ in range(10)], [random.randrange(-50, -10) for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)], random.randint(5, 5))
print(random.randrange(2**100), random.randrange(-2**70, 2**70, 3), random.randint(10**30, 10**30 + 5))

seq = list(range(20))
print([random.choice(seq) for _ in range(10)], random.choice("abcdef"), random.choice((1, 2, 3)))
print(random.choice(range(10**15)))
for _ in range(3):
    random.shuffle(seq)
    print(seq)
words = ["a", "b", "c", "d"]
random.shuffle(words)
print(words)

# sample: the pool method (small n) and the set method (large n)
print(random.sample(range(10), 5), random.sample("abcdefgh", 8), random.sample(range(100), 0))
print(random.sample(range(1000), 10), random.sample(range(10**9), 6))
print(random.sample(range(40), 30), random.sample(["x", "y", "z"], k=2))
print(random.sample(["red", "blue"], counts=[4, 2], k=5), random.sample(range(5), 5, counts=[1, 0, 2, 0, 3]))

# choices: plain, weighted, cumulative
print(random.choices("abc", k=10), random.choices(range(5)))
print(random.choices(["x", "y", "z"], [1, 2, 7], k=12))
print(random.choices(["x", "y", "z"], cum_weights=[1, 3, 10], k=12))
print(random.choices(range(3), weights=[0.5, 0, 0.5], k=8), random.choices([1], k=0))

# real-valued distributions
print(random.random(), random.uniform(1, 2), random.uniform(5, -5))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 2), random.triangular(3, 3))
print(random.normalvariate(), random.normalvariate(10, 2), random.gauss(), random.gauss(), random.gauss(5, 0.1))
print(random.lognormvariate(0, 1), random.expovariate(1.5), random.expovariate(-2))
print(random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.vonmisesvariate(3, 0.5))
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(2.5, 3), random.gammavariate(100, 1))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(1, 1.5))
print([round(random.gauss(0, 1), 6) for _ in range(10)])
print(sum(random.expovariate(2) for _ in range(500)), sum(random.betavariate(2, 2) for _ in range(200)))


# a subclass with its own random(): integers come from random() alone
class Lcg(random.Random):
    def __init__(self, seed):
        self.x = seed
        super().__init__(seed)

    def random(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x / 2**31

    def seed(self, a=None):
        pass


lc = Lcg(7)
print([lc.randrange(100) for _ in range(10)], lc.choice("xyz"), lc.sample(range(10), 3))
print(Lcg._randbelow is Lcg._randbelow_without_getrandbits, random.Random._randbelow is random.Random._randbelow_with_getrandbits)


class Bits(random.Random):
    def getrandbits(self, k):
        return (2**k - 1) // 3


print(Bits(0).randrange(100), Bits._randbelow is Bits._randbelow_with_getrandbits)

sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(5) < 32, sr.seed(5))
