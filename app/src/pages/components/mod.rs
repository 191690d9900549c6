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

/// A date or time the server sent in its neutral form (`2027-02-17 15:00 (UTC+03:00)`), as
/// the reader's language writes it, with the machine-readable value in `datetime`.
#[component]
pub fn Moment(
    /// The neutral form.
    text: String,
    /// CSS classes.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let civil = crate::i18n::dates::Civil::parse(&text);
    let shown = civil.map(|c| c.format(i18n.0)).unwrap_or(text);
    view! { <time class=class datetime=civil.map(|c| c.machine())>{shown}</time> }
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

/// The day of epoch milliseconds in the neutral form `YYYY-MM-DD` (UTC), for messages, which
/// write it in the reader's language (`crate::i18n::dates`).
pub fn format_date(ms: i64) -> String {
    crate::i18n::dates::Civil::utc(ms).day_only().neutral()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_for_messages() {
        assert_eq!(format_date(951_782_400_000), "2000-02-29");
    }

    #[test]
    fn query_encoding() {
        assert_eq!(sign_in_path("/account"), "/login?next=/account");
        assert_eq!(encode_query("/a?b=c&d"), "/a%3Fb%3Dc%26d");
    }
}
