//! `repr(float)` / `str(float)`: the shortest digit string that round-trips
//! (CPython's `'r'` mode), positional for decimal exponents -4 <= e < 16
//! with a `.0` for integral values, otherwise scientific with a signed
//! exponent of at least two digits: `0.1`, `123.0`, `1e+16`, `1e-05`,
//! `1.5e+300`, `inf`, `-inf`, `nan`, `-0.0`.

use super::dtoa::double_to_string;

/// `repr(x)` for a float (`float_repr`).
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, true, false, false)
}

/// `str(x)` for a float; identical to [`float_repr`] in Python 3.
pub fn format_float_str(x: f64) -> String {
    float_repr(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpython_reprs() {
        // (value, CPython 3.11 repr)
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123.0, "123.0"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e22, "1e+22"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.2345678901234566e-7, "1.2345678901234566e-07"),
            (1.2345678901234567e-6, "1.2345678901234567e-06"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (-1.5, "-1.5"),
            (100.0, "100.0"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (0.001, "0.001"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2.0f64.powi(-20), "9.5367431640625e-07"),
            (1e100, "1e+100"),
            (12345.678, "12345.678"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want);
            assert_eq!(format_float_str(x), want);
        }
    }
}
