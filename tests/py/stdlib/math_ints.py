# math: exact integer functions (factorial, isqrt, gcd, lcm, comb, perm)
import math

print([math.factorial(n) for n in range(15)])
print(math.factorial(30), math.factorial(True))
f = math.factorial(1000)
print(len(str(f)), f % (10**20 + 7), str(f)[:30])
print(math.factorial(5000) == math.prod(range(1, 5001)))

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 2**52 - 1, 2**52, 2**64 - 1, 2**64, 10**30, 10**100 + 12345, True]:
    r = math.isqrt(n)
    print("isqrt", n, r, r * r <= n < (r + 1) * (r + 1))
print(math.isqrt(10**1000) == 10**500, math.isqrt(2**2001) == math.isqrt(2**2001 + 1))

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0))
print(math.gcd(2**100, 2**80 * 3), math.gcd(3**50, 6**40, 9**30), math.gcd(True, 4), math.gcd(0, -5))
print(math.gcd(2**64 + 1, 3), math.gcd(-2**63, 2**62))
print(math.lcm(), math.lcm(7), math.lcm(-7), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(5, 0, 7))
print(math.lcm(2**64, 3), math.lcm(*range(1, 40)), math.lcm(10**20, 10**15 * 7))

print([math.comb(10, k) for k in range(12)])
print(math.comb(60, 30), math.comb(200, 100), math.comb(67, 33), math.comb(3, 5), math.comb(0, 0))
print(math.comb(10**20, 3), math.comb(10**20, 10**20 - 2), math.comb(1000, 500) % 10**9, math.comb(True, True))
print([math.perm(6, k) for k in range(8)], math.perm(6), math.perm(6, None), math.perm(0))
print(math.perm(20, 5), math.perm(3, 5), math.perm(10**20, 2), math.perm(100, 50) % 10**12)

class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(math.factorial(Idx(6)), math.gcd(Idx(12), 8), math.comb(Idx(5), Idx(2)), math.isqrt(Idx(50)))
print(math.perm(Idx(5), 2), math.lcm(Idx(4), Idx(6)))
