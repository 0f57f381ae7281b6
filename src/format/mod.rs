//! Number and string formatting, parsing and numeric helpers for coil,
//! mirroring CPython 3.11 behaviour exactly (CPython is the oracle; the
//! unit tests compare against strings produced by `python3`).
//!
//! The module is self-contained: it depends only on `num-bigint`,
//! `num-traits` and `num-integer`.  Errors are returned as `Err(String)`
//! holding CPython's exact message; each function documents which Python
//! exception the caller should raise ([`exception_type`] maps a message
//! to the exception name).
//!
//! * [`float_repr`], [`format_float_str`] — `repr`/`str` of a float;
//! * [`FormatSpec`], [`format_int_i64`], [`format_bigint`],
//!   [`format_float`], [`format_str`] — the format-spec mini-language;
//! * [`round_float`], [`round_half_even`] — `round()` for floats;
//! * [`parse_float`], [`parse_int`], [`parse_int_i64`] — `float(str)`,
//!   `int(str, base)`;
//! * [`int_to_base`], [`i64_to_base`] — `bin`/`oct`/`hex`;
//! * [`str_repr`], [`bytes_repr`] — `repr` of str and bytes;
//! * [`float_to_bigint`], [`float_to_i64`], [`bigint_to_f64`],
//!   [`int_true_divide`], [`float_floordiv_mod`], [`float_mod`] — exact
//!   conversions and Python-style float division;
//! * [`float_hash`], [`bigint_hash`], [`i64_hash`] — numeric hashing.

pub mod convert;
mod dtoa;
pub mod float_format;
pub mod float_repr;
pub mod hash;
pub mod int_format;
pub mod layout;
pub mod parse;
pub mod repr;
pub mod round;
pub mod spec;
pub mod str_format;
pub mod tables;

pub use convert::{bigint_to_f64, float_floordiv_mod, float_mod, float_to_bigint, float_to_i64, int_true_divide};
pub use float_format::{format_float, format_float_as};
pub use float_repr::{float_repr, format_float_str};
pub use hash::{bigint_hash, float_hash, i64_hash, HASH_INF, HASH_MODULUS};
pub use int_format::{format_bigint, format_bigint_as, format_int_i64, format_int_i64_as, i64_to_base, int_to_base};
pub use layout::{MAX_RESULT_CHARS, MEMORY_ERROR};
pub use parse::{parse_float, parse_int, parse_int_i64};
pub use repr::{bytes_repr, str_repr};
pub use round::{round_float, round_half_even};
pub use spec::FormatSpec;
pub use str_format::{format_str, format_str_as};

/// The Python exception a caller should raise for an error message
/// returned by this module: `"OverflowError"`, `"ZeroDivisionError"`,
/// `"MemoryError"` or `"ValueError"` (everything else).
pub fn exception_type(msg: &str) -> &'static str {
    const OVERFLOW: &[&str] = &[
        "int too large to convert to float",
        "integer division result too large for a float",
        "rounded value too large to represent",
        "cannot convert float infinity to integer",
        "%c arg not in range(0x110000)",
        "Python int too large to convert to C long",
    ];
    if OVERFLOW.contains(&msg) {
        "OverflowError"
    } else if msg == "division by zero" {
        "ZeroDivisionError"
    } else if msg == MEMORY_ERROR {
        "MemoryError"
    } else {
        "ValueError"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exception_types() {
        assert_eq!(exception_type("int too large to convert to float"), "OverflowError");
        assert_eq!(exception_type("rounded value too large to represent"), "OverflowError");
        assert_eq!(exception_type("division by zero"), "ZeroDivisionError");
        assert_eq!(exception_type(MEMORY_ERROR), "MemoryError");
        assert_eq!(exception_type("Format specifier missing precision"), "ValueError");
        assert_eq!(exception_type("cannot convert float NaN to integer"), "ValueError");
    }

    /// End-to-end: what `format(value, spec)` does in CPython.
    #[test]
    fn end_to_end() {
        let spec = |s: &str| FormatSpec::parse(s).unwrap();
        assert_eq!(format_float(1234.5, &spec(",.1f")).unwrap(), "1,234.5");
        assert_eq!(format_int_i64(1234, &spec("09,")).unwrap(), "0,001,234");
        assert_eq!(format_str("ab", &spec("^6")).unwrap(), "  ab  ");
        assert_eq!(format_float(0.1, &spec("")).unwrap(), float_repr(0.1));
    }
}
