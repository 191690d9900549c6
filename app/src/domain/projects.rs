//! Projects (work items) of the work programme: references and target dates. Their stages
//! are in [`super::stages`].

use crate::model::Message;

/// The reference a body gives its next project when the committee manager leaves it out
/// (`ARSO 17`).
pub fn default_reference(body_acronym: &str, number: i64) -> String {
    format!("{body_acronym} {number}")
}

/// Checks a project reference typed by a person (already trimmed): 1 to 40 letters, digits,
/// spaces and `-./:`, as in `ARSO 1234`, `OIC/SMIIC 17-2` or `ISO/NP 21001`.
pub fn check_reference(reference: &str) -> Result<(), Message> {
    let ok = !reference.is_empty()
        && reference.chars().count() <= 40
        && reference
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '/' | ':'));
    if ok {
        Ok(())
    } else {
        Err(Message::new("error-project-reference-invalid"))
    }
}

/// Checks a calendar date written `YYYY-MM-DD` (as a date input sends it).
pub fn check_date(text: &str) -> Result<(), Message> {
    let invalid = || Message::new("error-date-invalid");
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(invalid());
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return Err(invalid());
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return Err(invalid());
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(invalid()),
    };
    if (1900..=2200).contains(&y) && (1..=days).contains(&d) {
        Ok(())
    } else {
        Err(invalid())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(default_reference("ARSO", 17), "ARSO 17");
        for good in ["ARSO 1234", "OIC/SMIIC 17-2", "ISO/NP 21001", "ARS 53:2024"] {
            assert!(check_reference(good).is_ok(), "{good}");
        }
        for bad in ["", "ARSO <1>", &"A".repeat(41)] {
            assert!(check_reference(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates() {
        for good in ["2027-06-30", "2028-02-29", "2000-02-29"] {
            assert!(check_date(good).is_ok(), "{good}");
        }
        for bad in [
            "2027-02-29",
            "1900-02-29",
            "2027-13-01",
            "2027-6-30",
            "30/06/2027",
            "",
            "2027-06-31",
        ] {
            assert!(check_date(bad).is_err(), "{bad}");
        }
    }
}
