//! CPython's numeric hash (Python/pyhash.c, Objects/longobject.c): the
//! value reduced modulo the Mersenne prime `2**61 - 1`, with the sign
//! applied afterwards and `-1` mapped to `-2`, so that `hash(1) ==
//! hash(1.0) == hash(True)` and, generally, equal numbers hash alike.
//! `hash(inf) == 314159`, `hash(-inf) == -314159`.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::convert::decompose;

/// The hash modulus `2**61 - 1` (`sys.hash_info.modulus`).
pub const HASH_MODULUS: u64 = (1u64 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `hash(float('inf'))` (`sys.hash_info.inf`).
pub const HASH_INF: i64 = 314_159;

fn finish(negative: bool, x: u64) -> i64 {
    let v = if negative { -(x as i64) } else { x as i64 };
    if v == -1 {
        -2
    } else {
        v
    }
}

/// `hash(n)` for an int that fits in an `i64` (`hash(-1) == -2`).
pub fn i64_hash(n: i64) -> i64 {
    finish(n < 0, n.unsigned_abs() % HASH_MODULUS)
}

/// `hash(n)` for an arbitrary-precision int.
pub fn bigint_hash(n: &BigInt) -> i64 {
    let m = (n.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0);
    finish(n.is_negative(), m)
}

/// `hash(x)` for a float; equal to the hash of the int `x` when `x` is
/// integral.  For NaN CPython 3.10+ hashes the object identity
/// (`_Py_HashPointer`): the caller must handle NaN itself; this function
/// returns 0 for it (the pre-3.10 value).
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (negative, m, e) = decompose(x);
    // |x| = m * 2**e and 2**61 == 1 (mod P), so multiplying by 2**e is a
    // rotation by e mod 61 within 61 bits.
    let mut h = m % HASH_MODULUS;
    let e = e.rem_euclid(HASH_BITS as i32) as u32;
    if e != 0 {
        h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    }
    finish(negative, h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        assert_eq!(i64_hash(0), 0);
        assert_eq!(i64_hash(1), 1);
        assert_eq!(i64_hash(-1), -2);
        assert_eq!(i64_hash(-2), -2);
        assert_eq!(i64_hash(2305843009213693951), 0);
        assert_eq!(i64_hash(2305843009213693952), 1);
        assert_eq!(i64_hash(-2305843009213693952), -2);
        assert_eq!(i64_hash(i64::MAX), 3);
        assert_eq!(i64_hash(i64::MIN), -4);
        let b = |s: &str| s.parse::<BigInt>().unwrap();
        assert_eq!(bigint_hash(&b("-1")), -2);
        assert_eq!(bigint_hash(&b("100000000000000000000")), 848750603811160107);
        assert_eq!(bigint_hash(&b("-100000000000000000000")), -848750603811160107);
        assert_eq!(bigint_hash(&b("9223372036854775807")), i64_hash(i64::MAX));
        assert_eq!(bigint_hash(&b("1234567890123456789012345678901234567890")), 1370610808888666495);
    }

    #[test]
    fn floats() {
        // Values from CPython 3.11 (64-bit).
        assert_eq!(float_hash(0.0), 0);
        assert_eq!(float_hash(-0.0), 0);
        assert_eq!(float_hash(1.0), 1);
        assert_eq!(float_hash(-1.0), -2);
        assert_eq!(float_hash(0.5), 1152921504606846976);
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(float_hash(-0.5), -1152921504606846976);
        assert_eq!(float_hash(0.1), 230584300921369408);
        assert_eq!(float_hash(2.3), 691752902764107778);
        assert_eq!(float_hash(1e100), 1822893315824342674);
        assert_eq!(float_hash(1e20), 848750603811160107);
        assert_eq!(float_hash(5e-324), 16777216);
        assert_eq!(float_hash(1.7976931348623157e308), 2234066890152476671);
        assert_eq!(float_hash(f64::INFINITY), 314159);
        assert_eq!(float_hash(f64::NEG_INFINITY), -314159);
        assert_eq!(float_hash(2f64.powi(61)), 1);
        assert_eq!(float_hash(2f64.powi(61) - 2f64.powi(8)), i64_hash((1i64 << 61) - 256));
        assert_eq!(float_hash(123456789.0), i64_hash(123456789));
        assert_eq!(float_hash(-9007199254740992.0), i64_hash(-9007199254740992));
    }
}
