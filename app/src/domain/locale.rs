//! The three languages Comity speaks and how one is picked for a request.

use serde::{Deserialize, Serialize};

/// A language of the user interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English, the fallback.
    #[default]
    En,
    /// French.
    Fr,
    /// Arabic, written right to left.
    Ar,
}

/// The name of the cookie that remembers a visitor's chosen language.
pub const LOCALE_COOKIE: &str = "comity_lang";

/// A text the portal holds in several languages (a committee's or a project's title): the
/// reader's language when it was written in it, else English. Returns the text and the
/// language it is in, so pages can mark a fallback as such.
pub fn pick<'a>(
    locale: Locale,
    en: &'a str,
    fr: Option<&'a str>,
    ar: Option<&'a str>,
) -> (&'a str, Locale) {
    let localised = match locale {
        Locale::Fr => fr,
        Locale::Ar => ar,
        Locale::En => None,
    };
    match localised.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => (text, locale),
        None => (en, Locale::En),
    }
}

/// Something titled in English and, where the committee gave them, in French and Arabic
/// (committees, projects, documents, agenda items, resolutions).
pub trait Titled {
    /// The English title, and the French and Arabic ones if any.
    fn titles(&self) -> (&str, Option<&str>, Option<&str>);

    /// The title in `locale`, or in English, with the language it is in ([`pick`]).
    fn title_in(&self, locale: Locale) -> (&str, Locale) {
        let (en, fr, ar) = self.titles();
        pick(locale, en, fr, ar)
    }
}

/// Implements [`Titled`] for types with an English title field and `title_fr`, `title_ar`.
#[macro_export]
macro_rules! titled {
    ($type:ty, $en:ident) => {
        impl $crate::domain::locale::Titled for $type {
            fn titles(&self) -> (&str, Option<&str>, Option<&str>) {
                (
                    &self.$en,
                    self.title_fr.as_deref(),
                    self.title_ar.as_deref(),
                )
            }
        }
    };
}

/// A translation as typed: trimmed, and `None` when nothing is left (an empty field means
/// "no translation", so the reader gets the English text marked as such).
pub fn translation(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(String::from)
}

impl Locale {
    /// Every supported language, in the order the switcher shows them.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Fr, Locale::Ar];

    /// The BCP 47 code (`en`, `fr`, `ar`).
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Ar => "ar",
        }
    }

    /// Writing direction for the `dir` attribute.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Ar => "rtl",
            _ => "ltr",
        }
    }

    /// The language's own name, as shown in the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Ar => "العربية",
        }
    }

    /// Parses a code such as `fr`, `fr-CA` or `AR`; unknown languages give `None`.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            "fr" => Some(Locale::Fr),
            "ar" => Some(Locale::Ar),
            _ => None,
        }
    }

    /// Picks the language from raw request headers: the `Cookie` header values (the remembered
    /// choice) and `Accept-Language`.
    pub fn from_headers<'a>(
        cookie_headers: impl IntoIterator<Item = &'a str>,
        accept_language: Option<&str>,
    ) -> Locale {
        let remembered = cookie_headers
            .into_iter()
            .flat_map(|v| v.split(';'))
            .find_map(|c| c.trim().strip_prefix(LOCALE_COOKIE)?.strip_prefix('='));
        Locale::negotiate(remembered, accept_language)
    }

    /// Picks the language for a request: the remembered choice first, then the best
    /// supported entry of `Accept-Language` (by q-value, ties in header order), then English.
    pub fn negotiate(remembered: Option<&str>, accept_language: Option<&str>) -> Locale {
        if let Some(locale) = remembered.and_then(Locale::from_code) {
            return locale;
        }
        let Some(header) = accept_language else {
            return Locale::En;
        };
        let mut best: Option<(u32, Locale)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            // Thousandths, so the comparison stays in integers.
            let quality = (quality.clamp(0.0, 1.0) * 1000.0).round() as u32;
            if quality == 0 {
                continue;
            }
            if let Some(locale) = Locale::from_code(tag) {
                if best.is_none_or(|(q, _)| quality > q) {
                    best = Some((quality, locale));
                }
            }
        }
        best.map(|(_, l)| l).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_text_falls_back_to_english_and_says_so() {
        let fr = Some("Produits alimentaires");
        assert_eq!(
            pick(Locale::Fr, "Food", fr, None),
            ("Produits alimentaires", Locale::Fr)
        );
        assert_eq!(pick(Locale::Ar, "Food", fr, None), ("Food", Locale::En));
        assert_eq!(
            pick(Locale::Ar, "Food", fr, Some("  ")),
            ("Food", Locale::En)
        );
        assert_eq!(
            pick(Locale::En, "Food", fr, Some("أغذية")),
            ("Food", Locale::En)
        );
        assert_eq!(
            pick(Locale::Ar, "Food", fr, Some("أغذية")),
            ("أغذية", Locale::Ar)
        );
    }

    use super::*;

    #[test]
    fn an_empty_translation_is_none() {
        assert_eq!(translation(&None), None);
        assert_eq!(translation(&Some(" \n ".into())), None);
        assert_eq!(
            translation(&Some(" Ordre du jour ".into())).as_deref(),
            Some("Ordre du jour")
        );
    }

    #[test]
    fn negotiation_table() {
        let cases: &[(Option<&str>, Option<&str>, Locale)] = &[
            (None, None, Locale::En),
            (None, Some("fr-FR,fr;q=0.9,en;q=0.8"), Locale::Fr),
            (None, Some("ar"), Locale::Ar),
            (None, Some("de-DE,de;q=0.9"), Locale::En),
            (None, Some("de,ar;q=0.5,fr;q=0.7"), Locale::Fr),
            (None, Some("fr;q=0,ar"), Locale::Ar),
            (None, Some("en;q=0.5,fr;q=0.5"), Locale::En),
            (Some("ar"), Some("fr"), Locale::Ar),
            (Some("xx"), Some("fr"), Locale::Fr),
            (None, Some("garbage;;;q=zz"), Locale::En),
        ];
        for (cookie, header, expected) in cases {
            assert_eq!(
                Locale::negotiate(*cookie, *header),
                *expected,
                "{cookie:?} {header:?}"
            );
        }
    }

    #[test]
    fn cookie_in_headers() {
        assert_eq!(
            Locale::from_headers(["a=1; comity_lang=ar", "x=y"], Some("fr")),
            Locale::Ar
        );
        assert_eq!(
            Locale::from_headers(["comity_langx=ar"], Some("fr")),
            Locale::Fr
        );
        assert_eq!(Locale::from_headers([], None), Locale::En);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        assert_eq!(Locale::Ar.dir(), "rtl");
        assert_eq!(Locale::En.dir(), "ltr");
        assert_eq!(Locale::Fr.dir(), "ltr");
    }
}
