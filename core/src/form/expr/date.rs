//! The one date format of forms and answers, `YYYY-MM-DD`, read strictly into a real calendar
//! date: shared by the checker (date literals), the evaluator and the answers, so none of them
//! imports another for it.

use time::{Date, Month};

/// Parses `YYYY-MM-DD` into a real calendar date.
pub fn parse_iso_date(s: &str) -> Option<Date> {
    let (y, rest) = s.split_once('-')?;
    let (m, d) = rest.split_once('-')?;
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if !(all_digits(y) && all_digits(m) && all_digits(d)) {
        return None;
    }
    let month = Month::try_from(m.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(y.parse().ok()?, month, d.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_strictly() {
        assert!(parse_iso_date("2024-02-29").is_some());
        for bad in [
            "2025-02-29",
            "2025-3-01",
            "2025-13-01",
            "25-03-01",
            "2025-03-01x",
            "+025-03-01",
            "",
        ] {
            assert!(parse_iso_date(bad).is_none(), "{bad}");
        }
    }
}
