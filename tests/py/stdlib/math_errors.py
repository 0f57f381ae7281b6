# math: CPython's exception types and messages for bad input, and the
# __float__/__index__/__floor__/__ceil__/__trunc__ protocols
import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


class F:
    def __float__(self):
        return 2.5

class BadF:
    def __float__(self):
        return "x"

class I:
    def __index__(self):
        return 7

class Rounds:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"

class MyFloat(float):
    pass

class MyInt(int):
    pass

for expr in [
    # argument counts and keywords
    "math.sqrt()", "math.sqrt(1, 2)", "math.sqrt(x=1)", "math.atan2(1)", "math.pow(1)",
    "math.atan2(1, x=2)", "math.log()", "math.log(1, 2, 3)", "math.log(1, base=2)",
    "math.floor()", "math.floor(1, 2)", "math.trunc()", "math.hypot(x=1)", "math.fsum()",
    "math.gcd(1, 2, x=3)", "math.comb(1)", "math.comb(1, 2, 3)", "math.perm()", "math.perm(1, 2, 3)",
    "math.perm(x=1)", "math.factorial()", "math.factorial(x=3)", "math.isqrt()",
    "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 2, foo=1)", "math.isclose(1, a=1)",
    "math.prod()", "math.prod([1], 2)", "math.prod([1], start=2, x=3)", "math.prod([1], x=3)",
    "math.dist([1])", "math.ldexp(1.0)", "math.nextafter(1)", "math.ulp()", "math.copysign(1)",
    # wrong types
    "math.sqrt('a')", "math.sqrt(None)", "math.sqrt([])", "math.sqrt(1j)", "math.exp(b'1')",
    "math.floor('a')", "math.ceil(None)", "math.trunc('a')", "math.trunc(None)",
    "math.fsum([1, 'a'])", "math.fsum(1)", "math.hypot('a')", "math.hypot(1, None)", "math.dist(1, 2)",
    "math.log('a')", "math.log(1, 'a')", "math.isclose(1, 2, abs_tol='a')",
    "math.gcd(1.5)", "math.gcd('a')", "math.lcm(2, 'a')", "math.lcm(1.0)", "math.factorial(1.5)",
    "math.factorial('a')", "math.isqrt(1.0)", "math.isqrt('a')", "math.comb(5, None)",
    "math.perm(5, 'a')", "math.comb(5.0, 2)", "math.ldexp(1.0, 1.5)", "math.ldexp('a', 1)",
    "math.frexp(None)", "math.modf('x')", "math.prod(['a', 'b'])", "math.prod(5)",
    # domain errors
    "math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(0.0)", "math.log(-2**10000)",
    "math.log(10, 0)", "math.log(10, 1)", "math.log2(0)", "math.log10(-1)", "math.log1p(-1)",
    "math.acos(2)", "math.asin(-1.5)", "math.acosh(0.5)", "math.atanh(1)", "math.atanh(-1)",
    "math.sin(math.inf)", "math.cos(-math.inf)", "math.tan(math.inf)", "math.fmod(1, 0)",
    "math.fmod(math.inf, 1)", "math.remainder(1, 0)", "math.remainder(math.inf, 1)",
    "math.pow(0, -1)", "math.pow(-0.0, -3)", "math.pow(-1, 0.5)", "math.pow(-8, 1/3)",
    "math.gamma(0)", "math.gamma(-1)", "math.gamma(-math.inf)", "math.lgamma(0)", "math.lgamma(-2)",
    "math.isqrt(-1)", "math.factorial(-1)", "math.factorial(-10**30)",
    "math.comb(-1, 2)", "math.comb(5, -1)", "math.perm(-5, 1)", "math.perm(5, -1)", "math.perm(-1)",
    "math.isclose(1, 2, rel_tol=-1)", "math.isclose(1, 2, abs_tol=-1)",
    "math.dist([1], [1, 2])", "math.fsum([math.inf, -math.inf])",
    # range errors
    "math.exp(1000)", "math.exp2(10000)", "math.expm1(1000)", "math.cosh(1000)", "math.sinh(-1000)",
    "math.pow(10, 1000)", "math.gamma(200)", "math.gamma(1e-320)", "math.lgamma(1e308)",
    "math.ldexp(1.0, 2000)", "math.ldexp(1.5, 10**30)", "math.fsum([1e308, 1e308])",
    "math.exp(10**400)", "math.sqrt(10**400)", "math.fsum([10**400])",
    "math.factorial(10**30)", "math.comb(10**30, 10**20)", "math.perm(10**30, 10**20)",
    "math.floor(math.inf)", "math.floor(math.nan)", "math.ceil(-math.inf)", "math.trunc(math.nan)",
    # protocols
    "math.sqrt(F())", "math.sqrt(BadF())", "math.sqrt(I())", "math.floor(F())", "math.trunc(F())",
    "math.floor(Rounds())", "math.ceil(Rounds())", "math.trunc(Rounds())",
    "math.floor(MyFloat(2.5))", "math.ceil(MyFloat(2.5))", "math.trunc(MyFloat(-2.5))",
    "math.floor(MyInt(4))", "math.sqrt(MyFloat(16))", "math.sqrt(MyInt(16))", "math.log(MyInt(8), 2)",
    "math.ldexp(1.0, MyInt(3))", "math.gcd(MyInt(6), 4)", "math.factorial(MyInt(4))",
    "math.fsum([F(), I(), MyFloat(0.25)])", "math.hypot(F(), I())",
]:
    show(expr)
