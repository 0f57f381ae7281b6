# math: constants and the float functions on ordinary values
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))

vals = [0.0, -0.0, 0.5, 1, 2, -3, 10, 1e-5, 123.456, -7.25, True]
for name in ["sqrt", "exp", "exp2", "expm1", "log1p", "sin", "cos", "tan", "atan",
             "sinh", "cosh", "tanh", "asinh", "fabs", "cbrt", "erf", "erfc", "degrees", "radians"]:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))

for v in [0.0, 0.3, -0.3, 0.99, -1.0, 1.0]:
    print("asin/acos/atanh", v, math.asin(v), math.acos(v),
          math.atanh(v) if abs(v) < 1 else "-")
for v in [1.0, 1.5, 2.0, 3.5, 1e10, 1e300]:
    print("acosh", v, math.acosh(v))

# logarithms, including huge ints and bases
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2, 0.5))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.log(2**1000), math.log(10**500, 10), math.log2(2**5000), math.log10(10**400))
print(math.log(2**10000, 2), math.log(3**4000), math.log1p(1e-20), math.log(True))

# two-argument functions
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1))
print(math.atan2(math.inf, math.inf), math.atan2(-math.inf, -math.inf), math.atan2(1, math.inf))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.fmod(-0.0, 1))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2), math.remainder(1, math.inf))
print(math.remainder(10.5, 3), math.remainder(2**60, 3.5))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(4, -0.5), math.pow(0, 0))
print(math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-math.inf, 3), math.pow(-math.inf, -3))
print(math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf), math.pow(math.inf, 0.5))

# decomposition
for v in [0.0, -0.0, 1.0, 0.1, -3.75, 5e-324, 1.7976931348623157e308, math.inf, -math.inf]:
    print("frexp", v, math.frexp(v), "modf", math.modf(v))
print(math.modf(math.nan), math.frexp(math.nan))
print(math.ldexp(1, 10), math.ldexp(0.75, -1074), math.ldexp(5e-324, -1), math.ldexp(1.5, -10**30))
print(math.ldexp(-2.5, 3), math.ldexp(0.0, 10**30), math.ldexp(math.inf, -5), math.ldexp(1.0, True))

# rounding to int
for v in [2.5, -2.5, 3.0, -0.5, 1e20, -1e20, 2**100 + 0.5, 7, -7, True, 2**70]:
    print("round", v, math.floor(v), math.ceil(v), math.trunc(v))
print(type(math.floor(2.5)).__name__, type(math.floor(True)).__name__)

# predicates and neighbours
print(math.isfinite(1e308), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(10**300))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.001), math.isclose(1, 1.001, rel_tol=0.01))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(a=2, b=2.0))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(3, 3))
print(math.ulp(1), math.ulp(0.0), math.ulp(-2**52), math.ulp(1.7976931348623157e308), math.ulp(math.inf))

# special functions
for v in [0.5, 1, 1.5, 2, 5, 10.5, 23, 24, 30.7, 100.5, 171.5, -0.5, -1.5, -2.25, -100.5, -200.5, 1e-25]:
    print("gamma", v, math.gamma(v), math.lgamma(v))
for v in [0.0, 0.1, 0.5, 0.9, 1.0, 1.2, 2.0, 3.0, 5.0, 10.0, 27.0, 30.0, -0.3, -1.5, -7.0]:
    print("erf", v, math.erf(v), math.erfc(v))

# norms and sums
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e308, 1e308))
print(math.hypot(1e-320, 1e-320), math.hypot(math.nan, math.inf), math.hypot(1, math.nan))
print(math.hypot(*range(20)), math.hypot(0.1, 0.2, 0.3))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]), math.dist(iter([1.5]), [0.5]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([-0.0]), math.fsum(range(10)))
print(math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum(x / 7 for x in range(100)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=5), math.prod([2.5, 2]))
print(math.prod(range(1, 30)), math.prod([2, 0.5], start=3), math.prod(["ab", 3]), math.prod([[1]], start=2))
