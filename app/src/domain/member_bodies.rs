//! Member bodies (national standards bodies) and their place in bodies.

use crate::model::{FieldErrors, Message};

/// Categories of membership of a body.
pub const BODY_CATEGORIES: [&str; 3] = ["member", "affiliate", "observer"];

/// Checks a new member body: code of 2–12 capital letters or digits (`IMANOR`, `SON`), a
/// name, and an ISO 3166 alpha-2 country code (two capital letters).
pub fn check_new(code: &str, name: &str, country: &str) -> FieldErrors {
    let mut errors = FieldErrors::default();
    let code_ok = (2..=12).contains(&code.chars().count())
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if !code_ok {
        errors.add("code", Message::new("error-member-body-code-invalid"));
    }
    if name.trim().is_empty() {
        errors.add("name", Message::new("error-name-required"));
    }
    if !(country.len() == 2 && country.chars().all(|c| c.is_ascii_uppercase())) {
        errors.add("country", Message::new("error-country-invalid"));
    }
    errors
}

/// Checks a new body: an acronym of 2–12 capital letters or digits (`ARSO`, `SMIIC`) and
/// its English name.
pub fn check_new_body(acronym: &str, name: &str) -> FieldErrors {
    let mut errors = FieldErrors::default();
    let acronym_ok = (2..=12).contains(&acronym.chars().count())
        && acronym
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if !acronym_ok {
        errors.add("acronym", Message::new("error-body-acronym-invalid"));
    }
    if name.trim().is_empty() {
        errors.add("name", Message::new("error-name-required"));
    }
    errors
}

/// Whether a person's role in a member body may be taken away by `remover`. An officer
/// cannot take away their own, so a member body is not left without one by a slip; another
/// officer or a portal administrator can.
pub fn check_role_removal(
    remover_id: &str,
    remover_is_portal_admin: bool,
    person_id: &str,
) -> Result<(), Message> {
    if remover_id == person_id && !remover_is_portal_admin {
        Err(Message::new("error-member-body-own-role"))
    } else {
        Ok(())
    }
}

/// Checks a body-membership category.
pub fn check_category(category: &str) -> Result<(), Message> {
    if BODY_CATEGORIES.contains(&category) {
        Ok(())
    } else {
        Err(Message::new("error-body-category-invalid"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_member_body_table() {
        let fields = |code: &str, name: &str, country: &str| {
            check_new(code, name, country)
                .0
                .into_iter()
                .map(|(f, _)| f)
                .collect::<Vec<_>>()
        };
        assert!(fields("IMANOR", "Institut Marocain de Normalisation", "MA").is_empty());
        assert!(fields("SON", "Standards Organisation of Nigeria", "NG").is_empty());
        assert_eq!(fields("imanor", "x", "MA"), ["code"]);
        assert_eq!(fields("X", "x", "MA"), ["code"]);
        assert_eq!(fields("AB-C", "x", "MA"), ["code"]);
        assert_eq!(fields("KEBS", " ", "KE"), ["name"]);
        assert_eq!(fields("KEBS", "x", "KEN"), ["country"]);
        assert_eq!(fields("KEBS", "x", "ke"), ["country"]);
        assert!(check_category("affiliate").is_ok());
        assert!(check_role_removal("peter", false, "wanjiru").is_ok());
        assert_eq!(
            check_role_removal("peter", false, "peter")
                .expect_err("refused")
                .key,
            "error-member-body-own-role"
        );
        assert!(check_role_removal("nadia", true, "nadia").is_ok());
        let body_fields = |acronym: &str, name: &str| {
            check_new_body(acronym, name)
                .0
                .into_iter()
                .map(|(f, _)| f)
                .collect::<Vec<_>>()
        };
        assert!(body_fields("ARSO", "African Organisation for Standardisation").is_empty());
        assert_eq!(body_fields("arso", "x"), ["acronym"]);
        assert_eq!(body_fields("A", "x"), ["acronym"]);
        assert_eq!(body_fields("RNF", ""), ["name"]);
        assert!(check_category("partner").is_err());
    }
}
