//! Translations, through Fluent (`app/locales/{en,fr,ar}/main.ftl`).
//!
//! The same bundles are compiled into the server and the WASM, so hydration renders the
//! same words the server sent. `make test` fails when a key is missing in any language
//! (see the tests at the bottom).

pub mod dates;

use std::{borrow::Cow, collections::HashMap};

use fluent_templates::{fluent_bundle::FluentValue, static_loader, LanguageIdentifier, Loader};

use crate::{domain::locale::Locale, model::Message};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent wraps arguments in invisible isolation marks by default; they leak into
        // attributes and tests. Our RTL handling is done with `dir` and `<bdi>` instead.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn language(locale: Locale) -> LanguageIdentifier {
    // The three codes are constants, so parsing cannot fail.
    locale.code().parse().unwrap_or_default()
}

/// Translates `key` in `locale`. A missing key shows the key itself (and fails `make test`).
pub fn translate(locale: Locale, key: &str) -> String {
    LOCALES
        .try_lookup(&language(locale), key)
        .unwrap_or_else(|| key.to_string())
}

/// Translates `key` with named arguments; numeric arguments select plural forms, and dates
/// or times in the server's neutral form are written as the language writes them.
pub fn translate_args(locale: Locale, key: &str, args: &[(String, String)]) -> String {
    if args.is_empty() {
        return translate(locale, key);
    }
    let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| {
            let value = match (value.parse::<f64>(), dates::Civil::parse(value)) {
                (Ok(number), _) => FluentValue::from(number),
                (_, Some(when)) => FluentValue::from(when.format(locale)),
                _ => FluentValue::from(value.clone()),
            };
            (Cow::Owned(name.clone()), value)
        })
        .collect();
    LOCALES
        .try_lookup_with_args(&language(locale), key, &map)
        .unwrap_or_else(|| key.to_string())
}

/// Marks a string as an i18n key, so the catalogue test finds it where the key is passed
/// around before being translated.
pub const fn tkey(key: &'static str) -> &'static str {
    key
}

/// `part / whole` in tenths of a percent, rounded half up, in integers (`None` when `whole`
/// is 0): 2 of 3 is 667.
pub fn tenths_of_percent(part: u64, whole: u64) -> Option<u64> {
    (whole > 0).then(|| (part * 2000 + whole) / (2 * whole))
}

/// Tenths of a percent as the language writes a percentage: `66.7%` (English, Arabic),
/// `66,7 %` (French, with a no-break space). Never a bare number, so that Fluent keeps the
/// decimal as written.
pub fn format_tenths(locale: Locale, tenths: u64) -> String {
    if locale == Locale::Fr {
        format!("{},{}\u{a0}%", tenths / 10, tenths % 10)
    } else {
        format!("{}.{}%", tenths / 10, tenths % 10)
    }
}

/// One criterion of a ballot's result as a sentence with its numbers: "Approvals among
/// P-member votes cast: 8 of 12 = 66.7% ≥ 66.7% (2/3): met".
pub fn criterion_text(locale: Locale, c: &crate::model::CriterionView) -> String {
    let name = translate(locale, &c.name);
    let status = translate(
        locale,
        if c.met {
            "ballot-criterion-met"
        } else {
            "ballot-criterion-not-met"
        },
    );
    let arg = |k: &str, v: String| (k.to_string(), v);
    match (&c.threshold, c.comparison.as_deref()) {
        (Some(threshold), Some(comparison)) => {
            let percent = tenths_of_percent(c.numerator, c.denominator)
                .map(|t| format_tenths(locale, t))
                .unwrap_or_else(|| "—".into());
            let (num, den) = threshold
                .split_once('/')
                .and_then(|(n, d)| Some((n.parse().ok()?, d.parse().ok()?)))
                .unwrap_or((0, 0));
            let threshold_percent = tenths_of_percent(num, den)
                .map(|t| format_tenths(locale, t))
                .unwrap_or_default();
            let sign = match comparison {
                "at_most" => "≤",
                "more_than" => ">",
                _ => "≥",
            };
            translate_args(
                locale,
                "ballot-criterion-share",
                &[
                    arg("name", name),
                    arg("part", c.numerator.to_string()),
                    arg("whole", c.denominator.to_string()),
                    arg("percent", percent),
                    arg("sign", sign.into()),
                    arg("threshold_percent", threshold_percent),
                    arg("threshold", threshold.clone()),
                    arg("status", status),
                ],
            )
        }
        _ => translate_args(
            locale,
            "ballot-criterion-count",
            &[
                arg("name", name),
                arg("part", c.numerator.to_string()),
                arg("needed", c.denominator.to_string()),
                arg("status", status),
            ],
        ),
    }
}

/// The i18n key of a ballot status.
pub fn status_key(status: &str) -> &'static str {
    match status {
        "scheduled" => tkey("ballot-status-scheduled"),
        "open" => tkey("ballot-status-open"),
        "closed" => tkey("ballot-status-closed"),
        _ => tkey("ballot-status-cancelled"),
    }
}

/// The message key naming a notification kind (settings page, unsubscribe links).
pub fn notification_kind_key(kind: &str) -> &'static str {
    use crate::domain::notifications::Kind;
    match Kind::from_code(kind) {
        Some(Kind::BallotOpened) => tkey("notification-kind-ballot-opened"),
        Some(Kind::BallotClosing) => tkey("notification-kind-ballot-closing"),
        Some(Kind::BallotClosed) => tkey("notification-kind-ballot-closed"),
        Some(Kind::AgendaPublished) => tkey("notification-kind-agenda-published"),
        Some(Kind::AgendaChanged) => tkey("notification-kind-agenda-changed"),
        Some(Kind::MeetingChanged) => tkey("notification-kind-meeting-changed"),
        Some(Kind::MeetingCancelled) => tkey("notification-kind-meeting-cancelled"),
        Some(Kind::DocumentRegistered) => tkey("notification-kind-document-registered"),
        Some(Kind::DispositionRecorded) => tkey("notification-kind-disposition-recorded"),
        Some(Kind::RegistrationConfirmed) => tkey("notification-kind-registration-confirmed"),
        None => tkey("notification-kind-other"),
    }
}

/// The i18n key of how e-mail tells about a kind of notification.
pub fn notification_mode_key(mode: &str) -> &'static str {
    match mode {
        "digest" => tkey("notification-mode-digest"),
        "off" => tkey("notification-mode-off"),
        _ => tkey("notification-mode-immediate"),
    }
}

/// The i18n key of an outcome.
pub fn outcome_key(outcome: &str) -> &'static str {
    match outcome {
        "approved" => tkey("outcome-approved"),
        "consensus_recommended" => tkey("outcome-consensus-recommended"),
        "chair_determination_required" => tkey("outcome-chair-determination-required"),
        _ => tkey("outcome-not-approved"),
    }
}

/// The i18n key of a position.
pub fn position_key(position: &str) -> &'static str {
    match position {
        "approve" => tkey("position-approve"),
        "disapprove" => tkey("position-disapprove"),
        "abstain" => tkey("position-abstain"),
        "confirm" => tkey("position-confirm"),
        "revise" => tkey("position-revise"),
        _ => tkey("position-withdraw"),
    }
}

/// The i18n key of a disposition.
pub fn disposition_key(code: &str) -> &'static str {
    match code {
        "accepted" => tkey("disposition-accepted"),
        "accepted_in_principle" => tkey("disposition-accepted-in-principle"),
        "not_accepted" => tkey("disposition-not-accepted"),
        _ => tkey("disposition-noted"),
    }
}

/// The current language of a page, provided as context; `t` translates in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct I18n(pub Locale);

impl I18n {
    /// Translates a key.
    pub fn t(self, key: &str) -> String {
        translate(self.0, key)
    }

    /// Translates a message with its arguments.
    pub fn msg(self, message: &Message) -> String {
        translate_args(self.0, &message.key, &message.args)
    }

    /// A date or time the server sent in its neutral form, as the language writes it.
    pub fn when(self, text: &str) -> String {
        dates::localise(self.0, text)
    }

    /// The day of epoch milliseconds (UTC), as the language writes it: `17 Feb 2027`.
    pub fn date(self, ms: i64) -> String {
        dates::Civil::utc(ms).day_only().format(self.0)
    }

    /// Epoch milliseconds as a UTC time, as the language writes it: `17 Feb 2027, 12:00 UTC`.
    pub fn utc(self, ms: i64) -> String {
        dates::Civil::utc(ms).format(self.0)
    }
}

/// The page's language, from context (provided by the shell on the server and by the
/// app root in the browser).
pub fn use_i18n() -> I18n {
    leptos::prelude::use_context::<I18n>().unwrap_or(I18n(Locale::En))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn keys(code: &str) -> BTreeSet<String> {
        let path = format!("{}/locales/{code}/main.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    /// Every key used in the code, found by scanning `t("…")`, `Message::new("…")` and
    /// `key: "…"` patterns in the sources.
    fn keys_used_in_code() -> BTreeSet<String> {
        fn walk(dir: &std::path::Path, found: &mut BTreeSet<String>) {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    for marker in [".t(\"", "Message::new(\"", "tkey(\""] {
                        for piece in text.split(marker).skip(1) {
                            if let Some(end) = piece.find('"') {
                                let key = &piece[..end];
                                if !key.is_empty()
                                    && key.chars().all(|c| {
                                        c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
                                    })
                                {
                                    found.insert(key.to_string());
                                }
                            }
                        }
                    }
                }
            }
        }
        let mut found = BTreeSet::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        walk(&root.join("src"), &mut found);
        walk(&root.join("../server/src"), &mut found);
        found
    }

    #[test]
    fn every_language_has_every_key() {
        let en = keys("en");
        assert!(en.len() > 20, "the English catalogue looks empty");
        for code in ["fr", "ar"] {
            let other = keys(code);
            let missing: Vec<_> = en.difference(&other).collect();
            let extra: Vec<_> = other.difference(&en).collect();
            assert!(missing.is_empty(), "{code} lacks {missing:?}");
            assert!(extra.is_empty(), "{code} has keys English lacks: {extra:?}");
        }
    }

    #[test]
    fn every_key_used_in_code_exists() {
        let en = keys("en");
        let used = keys_used_in_code();
        assert!(used.len() > 20, "the scan found too few keys: {used:?}");
        let missing: Vec<_> = used.difference(&en).collect();
        assert!(
            missing.is_empty(),
            "keys used in code but missing from the catalogues: {missing:?}"
        );
    }

    #[test]
    fn arguments_and_plurals_are_applied() {
        let args = vec![("minutes".to_string(), "1".to_string())];
        assert!(translate_args(Locale::En, "error-rate-limited", &args).contains("1 minute"));
        let args = vec![("minutes".to_string(), "5".to_string())];
        assert!(translate_args(Locale::En, "error-rate-limited", &args).contains("5 minutes"));
        assert_eq!(translate(Locale::Fr, "nav-sign-in"), "Se connecter");
        assert_eq!(translate(Locale::Ar, "nav-sign-in"), "تسجيل الدخول");
    }

    #[test]
    fn criteria_read_as_sentences_with_their_numbers() {
        assert_eq!(tenths_of_percent(2, 3), Some(667));
        assert_eq!(tenths_of_percent(1, 4), Some(250));
        assert_eq!(tenths_of_percent(0, 0), None);
        let approval = crate::model::CriterionView {
            name: "criterion-p-approval".into(),
            met: true,
            numerator: 8,
            denominator: 12,
            threshold: Some("2/3".into()),
            comparison: Some("at_least".into()),
        };
        assert_eq!(
            criterion_text(Locale::En, &approval),
            "Approvals among P-member votes cast: 8 of 12 = 66.7% ≥ 66.7% (2/3): met"
        );
        assert!(criterion_text(Locale::Fr, &approval).contains("66,7"));
        let commitments = crate::model::CriterionView {
            name: "criterion-participation".into(),
            met: false,
            numerator: 3,
            denominator: 4,
            threshold: None,
            comparison: None,
        };
        assert_eq!(
            criterion_text(Locale::En, &commitments),
            "P-members committing to participate: 3, 4 needed: not met"
        );
    }
}
