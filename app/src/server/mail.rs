//! E-mail: what tells people about notifications outside the portal. Messages are queued in
//! `mail_outbox` inside the change's own transaction (see `notifications::tell_committee`),
//! then every server instance's worker drains the queue: it claims a message with a lease (so
//! one instance sends it), writes it in the recipient's language as plain text and HTML with
//! a link to stop that kind of e-mail, and sends it by SMTP — or, when no SMTP server is
//! configured, writes it to the outbox folder so nothing is lost. A failed send is tried
//! again later (`domain::notifications::retry_after`). Daily digests are queued the same way.

use std::{fmt, path::PathBuf, time::Duration};

use lettre::{
    message::{
        header::{HeaderName, HeaderValue},
        Mailbox, MultiPart,
    },
    AsyncSmtpTransport, AsyncTransport, Tokio1Executor,
};

use super::{db, new_id, new_secret, state::AppState, time};
use crate::{
    domain::{locale::Locale, notifications as rules},
    error::AppResult,
    i18n::{notification_kind_key, tkey, translate, translate_args},
    model::Message,
};

/// How long an instance holds a message it is sending; longer than the SMTP timeout, so a
/// live instance always finishes first and only a crashed one's messages are taken over.
const LEASE_MS: i64 = 5 * 60_000;
/// The SMTP conversation's timeout.
const SMTP_TIMEOUT: Duration = Duration::from_secs(60);
/// Messages one worker pass takes.
const BATCH: i64 = 50;
/// Notifications listed in one digest (the rest are counted).
const DIGEST_MAX: i64 = 100;

/// Where messages go.
enum Transport {
    /// An SMTP server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// A folder: one `.eml` file per message, for an administrator to read or hand on.
    Folder(PathBuf),
}

/// The configured way out for e-mail, and the sender's address.
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    describe: String,
}

impl fmt::Debug for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe)
    }
}

impl Mailer {
    /// Sends by SMTP: `smtp://host:port` (plain, for a relay on the machine),
    /// `smtp://host:587?tls=required` (STARTTLS), `smtps://user:password@host` (TLS).
    pub fn smtp(url: &str, from: &str) -> Result<Mailer, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("COMITY_SMTP_URL is not a usable SMTP address: {e}"))?
            .timeout(Some(SMTP_TIMEOUT))
            .build();
        let shown = url.split('@').next_back().unwrap_or(url);
        Ok(Mailer {
            from: sender(from)?,
            transport: Transport::Smtp(transport),
            describe: format!("SMTP ({shown})"),
        })
    }

    /// Writes each message to `dir` as `{id}.eml` (no SMTP server configured).
    pub fn folder(dir: PathBuf, from: &str) -> Result<Mailer, String> {
        Ok(Mailer {
            from: sender(from)?,
            describe: format!("the outbox folder {}", dir.display()),
            transport: Transport::Folder(dir),
        })
    }

    async fn send(&self, id: &str, message: lettre::Message) -> Result<(), String> {
        match &self.transport {
            Transport::Smtp(smtp) => smtp
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Transport::Folder(dir) => {
                let name: String = id
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '-' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                let part = dir.join(format!(".{name}.part"));
                let path = dir.join(format!("{name}.eml"));
                let write = async {
                    tokio::fs::create_dir_all(dir).await?;
                    tokio::fs::write(&part, message.formatted()).await?;
                    tokio::fs::rename(&part, &path).await
                };
                write.await.map_err(|e| format!("{}: {e}", path.display()))
            }
        }
    }
}

impl fmt::Display for Mailer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe)
    }
}

fn sender(from: &str) -> Result<Mailbox, String> {
    from.parse()
        .map_err(|e| format!("COMITY_MAIL_FROM is not an e-mail address ({from:?}): {e}"))
}

/// `List-Unsubscribe`: the link that stops this kind of e-mail (RFC 2369), which mail
/// programs show as an "unsubscribe" button.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl lettre::message::header::Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

/// `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058): the link works with a POST
/// and no further question.
#[derive(Clone)]
struct OneClick;

impl lettre::message::header::Header for OneClick {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".into())
    }
}

/// What one worker pass did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Delivery {
    /// Messages sent (or written to the folder).
    pub sent: usize,
    /// Messages that failed this time (tried again later, or given up).
    pub failed: usize,
}

/// One pass of the worker at `now`: claims the messages due and sends each. Every instance
/// runs it; a message claimed by one is skipped by the others.
pub async fn deliver_due(state: &AppState, now: i64) -> AppResult<Delivery> {
    let instance = new_id();
    let mut done = Delivery::default();
    for id in db::mail::due(&state.pool, now, BATCH).await? {
        if !db::mail::claim(&state.pool, &id, &instance, now, now + LEASE_MS).await? {
            continue;
        }
        match deliver_one(state, &id).await {
            Ok(()) => {
                db::mail::sent(&state.pool, &id, &instance, now).await?;
                done.sent += 1;
            }
            Err((attempts, error)) => {
                let after = rules::retry_after(attempts + 1);
                tracing::warn!(message = %id, attempts = attempts + 1, %error, "e-mail not sent");
                db::mail::failed(
                    &state.pool,
                    &id,
                    &instance,
                    now + after.unwrap_or(0),
                    after.is_none().then_some(now),
                    &error,
                )
                .await?;
                done.failed += 1;
            }
        }
    }
    Ok(done)
}

/// Writes and sends one claimed message; on failure, its tries so far and why.
async fn deliver_one(state: &AppState, id: &str) -> Result<(), (i64, String)> {
    let out = db::mail::outgoing(&state.pool, id)
        .await
        .map_err(|e| (0, e.to_string()))?
        .ok_or((0, "the message is gone".to_string()))?;
    let attempts = out.attempts;
    let fail = |e: String| (attempts, e);
    let Some(letter) = compose(state, &out)
        .await
        .map_err(|e| fail(e.to_string()))?
    else {
        // Nothing left to say (an empty digest): done without a message.
        return Ok(());
    };
    let to = format!(
        "{} <{}>",
        out.display_name.replace(['<', '>', '"'], ""),
        out.email
    )
    .parse::<Mailbox>()
    .or_else(|_| out.email.parse::<Mailbox>())
    // A stored address that is not one will not become one: give up at once.
    .map_err(|e| (rules::MAX_ATTEMPTS, format!("recipient {}: {e}", out.email)))?;
    let host = state
        .settings
        .public_base_url
        .split("://")
        .nth(1)
        .unwrap_or("comity")
        .split(['/', ':'])
        .next()
        .unwrap_or("comity")
        .to_string();
    let message = lettre::Message::builder()
        .from(state.settings.mailer.from.clone())
        .to(to)
        .subject(letter.subject)
        .message_id(Some(format!("<{}@{host}>", id.replace(':', "."))))
        .header(ListUnsubscribe(letter.unsubscribe))
        .header(OneClick)
        .multipart(MultiPart::alternative_plain_html(letter.text, letter.html))
        .map_err(|e| fail(e.to_string()))?;
    state.settings.mailer.send(id, message).await.map_err(fail)
}

/// A message written out in its recipient's language.
struct Letter {
    subject: String,
    text: String,
    html: String,
    unsubscribe: String,
}

/// One notification as a message lists it.
struct Entry {
    text: String,
    url: String,
}

/// Writes the message for an outbox row: one notification, or a day's digest.
async fn compose(state: &AppState, out: &db::mail::Outgoing) -> AppResult<Option<Letter>> {
    let locale = out
        .locale
        .as_deref()
        .and_then(Locale::from_code)
        .unwrap_or_default();
    let base = &state.settings.public_base_url;
    let token = match &out.mail_token {
        Some(t) => t.clone(),
        None => db::mail::ensure_token(&state.pool, &out.user_id, &new_secret("mt_")).await?,
    };
    let stop = |kind: &str| format!("{base}/unsubscribe/{token}/{kind}");
    let entry = |message: &str, link: &str| Entry {
        text: {
            let m: Message = serde_json::from_str(message)
                .unwrap_or_else(|_| Message::new("notification-unknown"));
            translate_args(locale, &m.key, &m.args)
        },
        url: format!("{base}{link}"),
    };
    let (subject, entries, more, kinds) = if out.kind == "digest" {
        let (since, until) = (out.since.unwrap_or(0), out.until.unwrap_or(0));
        let items =
            db::mail::digest_items(&state.pool, &out.user_id, since, until, DIGEST_MAX + 1).await?;
        if items.is_empty() {
            return Ok(None);
        }
        let more = items.len().saturating_sub(DIGEST_MAX as usize);
        let mut kinds: Vec<String> = Vec::new();
        let entries: Vec<Entry> = items
            .iter()
            .take(DIGEST_MAX as usize)
            .map(|i| {
                if !kinds.contains(&i.kind) {
                    kinds.push(i.kind.clone());
                }
                entry(&i.message, &i.link)
            })
            .collect();
        let day = time::day_and_hour(until, out.time_zone.as_deref().unwrap_or("UTC")).0;
        let subject = translate_args(
            locale,
            tkey("mail-digest-subject"),
            &[
                ("count".into(), items.len().to_string()),
                ("day".into(), day),
            ],
        );
        (subject, entries, more, kinds)
    } else {
        let (Some(message), Some(link)) = (&out.message, &out.link) else {
            return Ok(None);
        };
        let e = entry(message, link);
        let subject = shorten(&e.text, 150);
        (subject, vec![e], 0, vec![out.kind.clone()])
    };
    let name = |kind: &str| translate(locale, notification_kind_key(kind));
    let settings = format!("{base}/account#notifications");
    let greeting = translate_args(
        locale,
        tkey("mail-greeting"),
        &[("name".into(), out.display_name.clone())],
    );
    let intro = (out.kind == "digest").then(|| translate(locale, tkey("mail-digest-intro")));
    let more_text = (more > 0).then(|| {
        translate_args(
            locale,
            tkey("mail-digest-more"),
            &[("count".into(), more.to_string())],
        )
    });
    let open = translate(locale, tkey("mail-open"));
    let why = translate(locale, tkey("mail-why"));
    let stops: Vec<(String, String)> = kinds
        .iter()
        .map(|k| {
            (
                translate_args(
                    locale,
                    tkey("mail-unsubscribe"),
                    &[("kind".into(), name(k))],
                ),
                stop(k),
            )
        })
        .collect();
    let settings_label = translate(locale, tkey("mail-settings"));

    let wording = Wording {
        locale,
        subject: &subject,
        greeting: &greeting,
        intro: intro.as_deref(),
        entries: &entries,
        more: more_text.as_deref(),
        open: &open,
        why: &why,
        stops: &stops,
        settings: (&settings_label, &settings),
    };
    let (text, html) = (plain_text(&wording), html(&wording));
    Ok(Some(Letter {
        subject,
        text,
        html,
        unsubscribe: stop(kinds.first().map(String::as_str).unwrap_or("digest")),
    }))
}

/// The words of one message, in its recipient's language, before they become text and HTML.
struct Wording<'a> {
    locale: Locale,
    subject: &'a str,
    greeting: &'a str,
    intro: Option<&'a str>,
    entries: &'a [Entry],
    more: Option<&'a str>,
    open: &'a str,
    why: &'a str,
    /// (label, link) to stop each kind the message is about.
    stops: &'a [(String, String)],
    /// (label, link) to all of one's e-mail settings.
    settings: (&'a str, &'a str),
}

/// The plain-text part.
fn plain_text(w: &Wording) -> String {
    let mut text = format!("{}\n\n", w.greeting);
    if let Some(intro) = w.intro {
        text.push_str(&format!("{intro}\n\n"));
    }
    for e in w.entries {
        text.push_str(&format!("{}\n{} {}\n\n", e.text, w.open, e.url));
    }
    if let Some(more) = w.more {
        text.push_str(&format!("{more}\n\n"));
    }
    text.push_str(&format!("-- \n{}\n", w.why));
    for (label, url) in w.stops {
        text.push_str(&format!("{label} {url}\n"));
    }
    text.push_str(&format!("{} {}\n", w.settings.0, w.settings.1));
    text
}

/// The HTML part: every text escaped (titles are typed by people), the language and direction
/// set, links labelled without the colon that leads to an address in text.
fn html(w: &Wording) -> String {
    let bare = |label: &str| escape(label.trim_end_matches([':', ' ', '\u{a0}', '\u{202f}']));
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <title>{}</title></head><body style=\"font-family:sans-serif;line-height:1.5;color:#1b1b1b\">\
         <p>{}</p>",
        w.locale.code(),
        w.locale.dir(),
        escape(w.subject),
        escape(w.greeting)
    );
    if let Some(intro) = w.intro {
        html.push_str(&format!("<p>{}</p>", escape(intro)));
    }
    html.push_str("<ul style=\"padding-inline-start:1.2em\">");
    for e in w.entries {
        html.push_str(&format!(
            "<li style=\"margin-block-end:.8em\">{} <a href=\"{}\">{}</a></li>",
            escape(&e.text),
            escape(&e.url),
            bare(w.open)
        ));
    }
    html.push_str("</ul>");
    if let Some(more) = w.more {
        html.push_str(&format!("<p>{}</p>", escape(more)));
    }
    html.push_str(&format!(
        "<hr><p style=\"font-size:.9em;color:#555\">{}<br>",
        escape(w.why)
    ));
    for (label, url) in w.stops {
        html.push_str(&format!(
            "<a href=\"{}\">{}</a><br>",
            escape(url),
            bare(label)
        ));
    }
    html.push_str(&format!(
        "<a href=\"{}\">{}</a></p></body></html>",
        escape(w.settings.1),
        bare(w.settings.0)
    ));
    html
}

/// At most `max` characters, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

/// Text for HTML: `&`, `<`, `>` and `"` as character references.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Queues the daily digests that are due at `now`: for each person who wants some kinds in a
/// digest and has such notifications since their last one, once a local day, from seven in
/// the morning in their time zone. Each digest is queued once whichever instance gets there.
/// Returns how many this call queued.
pub async fn queue_digests(state: &AppState, now: i64) -> AppResult<usize> {
    const DAY: i64 = 24 * 3_600_000;
    let mut queued = 0;
    for (user_id, zone) in db::mail::digest_candidates(&state.pool, now - 2 * DAY).await? {
        let (day, hour) = time::day_and_hour(now, zone.as_deref().unwrap_or("UTC"));
        if !rules::digest_due(hour) {
            continue;
        }
        let id = rules::digest_id(&user_id, &day);
        // A first digest looks back as far as the candidates do (two days).
        if db::mail::insert_digest(&state.pool, &id, &user_id, now - 2 * DAY, now).await? {
            queued += 1;
        }
    }
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wording<'a>(
        locale: Locale,
        entries: &'a [Entry],
        stops: &'a [(String, String)],
    ) -> Wording<'a> {
        Wording {
            locale,
            subject: "ARSO/TC 70: <b>x</b>",
            greeting: "Dear Ada,",
            intro: None,
            entries,
            more: None,
            open: "Open:",
            why: "Because.",
            stops,
            settings: ("Settings:", "https://c.example/account#notifications"),
        }
    }

    #[test]
    fn html_escapes_what_people_typed_and_sets_the_direction() {
        let entries = [Entry {
            text: "The ballot “<script>alert(1)</script> & co” is open.".into(),
            url: "https://c.example/ballots/1?a=1&b=2".into(),
        }];
        let stops = [(
            "Stop:".to_string(),
            "https://c.example/unsubscribe/t/ballot_opened".to_string(),
        )];
        let html = html(&wording(Locale::Ar, &entries, &stops));
        assert!(
            html.starts_with("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">"),
            "{html}"
        );
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"),
            "{html}"
        );
        assert!(
            html.contains("href=\"https://c.example/ballots/1?a=1&amp;b=2\">Open</a>"),
            "{html}"
        );
        assert!(
            html.contains("<title>ARSO/TC 70: &lt;b&gt;x&lt;/b&gt;</title>"),
            "{html}"
        );
        assert!(
            html.contains(">Stop</a>") && html.contains(">Settings</a>"),
            "{html}"
        );
    }

    #[test]
    fn plain_text_lists_each_notification_with_its_link_then_the_footer() {
        let entries = [
            Entry {
                text: "One.".into(),
                url: "https://c.example/1".into(),
            },
            Entry {
                text: "Two.".into(),
                url: "https://c.example/2".into(),
            },
        ];
        let stops = [("Stop:".to_string(), "https://c.example/u".to_string())];
        let text = plain_text(&wording(Locale::En, &entries, &stops));
        assert_eq!(
            text,
            "Dear Ada,\n\nOne.\nOpen: https://c.example/1\n\nTwo.\nOpen: https://c.example/2\n\n\
             -- \nBecause.\nStop: https://c.example/u\nSettings: https://c.example/account#notifications\n"
        );
    }

    #[test]
    fn long_subjects_are_shortened_with_an_ellipsis() {
        assert_eq!(shorten("short", 150), "short");
        let long = "é".repeat(200);
        let cut = shorten(&long, 150);
        assert_eq!(cut.chars().count(), 150);
        assert!(cut.ends_with('…'));
    }
}
