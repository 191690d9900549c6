//! Pieces shared by the pages.

pub mod form;
pub mod layout;

use leptos::prelude::*;

/// Previous / next links of a paged list; `link` is the list's address up to `page=`
/// (`/committees/1/documents?kind=agenda&page=`), so that filters are kept.
#[component]
pub fn Pager(
    /// This page, from 1.
    page: i64,
    /// Rows per page.
    per_page: i64,
    /// Rows in all.
    total: i64,
    /// The address up to the page number.
    link: String,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let pages = ((total + per_page - 1) / per_page.max(1)).max(1);
    let to = move |n: i64| format!("{link}{n}");
    (pages > 1).then(|| {
        view! {
            <nav class="pager" aria-label=i18n.t("pager-label")>
                {(page > 1).then(|| view! { <a rel="prev" href=to(page - 1)>{i18n.t("pager-previous")}</a> })}
                <span>{i18n.msg(&crate::model::Message::new("pager-position").arg("page", page.to_string()).arg("pages", pages.to_string()))}</span>
                {(page < pages).then(|| view! { <a rel="next" href=to(page + 1)>{i18n.t("pager-next")}</a> })}
            </nav>
        }
    })
}

/// A text held in several languages, shown in the one it is in (`lang`, `dir`); when that is
/// not the reader's language, marked as such ("in English"), so nobody takes a missing
/// translation for the page's own language.
#[component]
pub fn LocalText(
    /// The text.
    text: String,
    /// The language it is in.
    lang: crate::domain::locale::Locale,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let fallback = lang != i18n.0;
    view! {
        <span lang=lang.code() dir=lang.dir()>{text}</span>
        {fallback.then(|| view! { " " <span class="fallback-mark">{i18n.t("text-in-english")}</span> })}
    }
}

/// Percent-encodes a string for use inside a query parameter.
pub fn encode_query(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The sign-in page's address, coming back to `path` afterwards.
pub fn sign_in_path(path: &str) -> String {
    format!("/login?next={}", encode_query(path))
}

/// Formats epoch milliseconds as `YYYY-MM-DD HH:MM UTC` (dates in the user's zone come with
/// the meetings issue).
pub fn format_utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        rem / 3600,
        (rem % 3600) / 60
    )
}

/// Formats epoch milliseconds as the date `YYYY-MM-DD` (UTC).
pub fn format_date(ms: i64) -> String {
    let mut text = format_utc(ms);
    text.truncate(10);
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_formatting() {
        assert_eq!(format_utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_utc(1_795_000_000_000), "2026-11-18 11:06 UTC");
        assert_eq!(format_utc(951_782_400_000), "2000-02-29 00:00 UTC");
        assert_eq!(format_date(951_782_400_000), "2000-02-29");
    }

    #[test]
    fn query_encoding() {
        assert_eq!(sign_in_path("/account"), "/login?next=/account");
        assert_eq!(encode_query("/a?b=c&d"), "/a%3Fb%3Dc%26d");
    }
}
