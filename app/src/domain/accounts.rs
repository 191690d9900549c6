//! Rules for accounts: what makes an acceptable e-mail address, name and password.

use crate::model::Message;

/// Shortest password accepted: long passphrases beat complexity rules (NIST SP 800-63B).
pub const PASSWORD_MIN_CHARS: usize = 10;
/// Longest password accepted (argon2 cost grows with input; nobody types more).
pub const PASSWORD_MAX_CHARS: usize = 256;
/// How long an invitation link stays valid.
pub const INVITATION_VALID_DAYS: i64 = 14;

/// Normalises an e-mail address for storage and lookup: trimmed and lower-cased.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// Checks an e-mail address's shape (one `@`, something on each side, a dot in the domain).
pub fn check_email(email: &str) -> Result<(), Message> {
    let email = email.trim();
    if email.is_empty() {
        return Err(Message::new("error-email-required"));
    }
    let valid = email.len() <= 254
        && !email.chars().any(char::is_whitespace)
        && match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            }
            None => false,
        };
    if valid {
        Ok(())
    } else {
        Err(Message::new("error-email-invalid"))
    }
}

/// Checks a person's display name: present and of a sensible length.
pub fn check_name(name: &str) -> Result<(), Message> {
    let count = name.trim().chars().count();
    if count == 0 {
        Err(Message::new("error-name-required"))
    } else if count > 200 {
        Err(Message::new("error-name-too-long").arg("max", "200"))
    } else {
        Ok(())
    }
}

/// Checks a new password's length, counted in characters (Arabic letters count once each).
pub fn check_new_password(password: &str) -> Result<(), Message> {
    let count = password.chars().count();
    if count < PASSWORD_MIN_CHARS {
        Err(Message::new("error-password-too-short").arg("min", PASSWORD_MIN_CHARS.to_string()))
    } else if count > PASSWORD_MAX_CHARS {
        Err(Message::new("error-password-too-long").arg("max", PASSWORD_MAX_CHARS.to_string()))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_table() {
        let cases = [
            ("officer@kebs.org", None),
            ("  Officer@KEBS.org ", None),
            ("", Some("error-email-required")),
            ("no-at-sign", Some("error-email-invalid")),
            ("a@b", Some("error-email-invalid")),
            ("a b@kebs.org", Some("error-email-invalid")),
            ("a@@kebs.org", Some("error-email-invalid")),
            ("@kebs.org", Some("error-email-invalid")),
            ("a@kebs.org.", Some("error-email-invalid")),
        ];
        for (email, expected) in cases {
            assert_eq!(
                check_email(email).err().map(|m| m.key),
                expected.map(String::from),
                "{email}"
            );
        }
        assert_eq!(normalise_email("  Officer@KEBS.org "), "officer@kebs.org");
    }

    #[test]
    fn password_length_counts_characters_not_bytes() {
        assert_eq!(
            check_new_password("short").expect_err("refused").key,
            "error-password-too-short"
        );
        // Ten Arabic letters are twenty bytes but ten characters: accepted.
        assert!(check_new_password("كلمةمرورطو").is_ok());
        assert!(check_new_password("كلمةمرور").is_err());
        assert!(check_new_password(&"x".repeat(257)).is_err());
        assert!(check_new_password(&"x".repeat(256)).is_ok());
    }

    #[test]
    fn names() {
        assert!(check_name("Amina Diallo").is_ok());
        assert_eq!(
            check_name("   ").expect_err("refused").key,
            "error-name-required"
        );
        assert_eq!(
            check_name(&"n".repeat(201)).expect_err("refused").key,
            "error-name-too-long"
        );
    }
}
