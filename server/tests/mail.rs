//! E-mail, end to end, on SQLite and PostgreSQL, with a real SMTP server on loopback (Python's
//! aiosmtpd, `tests/smtp_sink.py`): the ballot-opened and closing-soon messages arrive in each
//! recipient's language as plain text and HTML with a working unsubscribe link; two server
//! instances on one database send each message exactly once; a failed send is tried again
//! after its backoff; nothing is sent for a rolled-back change; the daily digest is queued
//! once a day; without SMTP settings messages land in the outbox folder.

mod common;

use std::{
    io::{BufRead, BufReader},
    process::{Child, Command, Stdio},
    sync::Arc,
};

use app::server::{ballots, db, mail, mail::Mailer, notifications, now_ms, state::AppState};
use common::{Client, TestApp};
use serde_json::{json, Value};

on_both_databases! {
    mail_reaches_smtp_in_each_language => mail_reaches_smtp_in_each_language;
    two_instances_send_each_message_once => two_instances_send_each_message_once;
    failed_sends_are_retried_after_backoff => failed_sends_are_retried_after_backoff;
    settings_digest_and_rollback => settings_digest_and_rollback;
}

const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// A real SMTP server on a free loopback port, writing what it receives to a folder.
struct Sink {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Sink {
    fn start() -> Sink {
        Sink::on(free_port())
    }

    fn on(port: u16) -> Sink {
        let dir = tempfile::tempdir().expect("sink folder");
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_sink.py");
        let mut child = Command::new("python3")
            .arg(script)
            .arg(port.to_string())
            .arg(dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs tests/smtp_sink.py (pip install aiosmtpd)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the sink starts");
        assert_eq!(
            line.trim(),
            "ready",
            "the SMTP sink did not start (is aiosmtpd installed? pip install aiosmtpd)"
        );
        Sink { child, port, dir }
    }

    fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Every message received so far.
    fn messages(&self) -> Vec<Value> {
        let mut names: Vec<_> = std::fs::read_dir(self.dir.path())
            .expect("sink folder")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| {
                serde_json::from_str(&std::fs::read_to_string(p).expect("message")).expect("JSON")
            })
            .collect()
    }

    /// The messages received for `address`.
    fn to(&self, address: &str) -> Vec<Value> {
        self.messages()
            .into_iter()
            .filter(|m| {
                m["rcpt_tos"]
                    .as_array()
                    .is_some_and(|r| r.iter().any(|a| a == address))
            })
            .collect()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The application's state, sending by SMTP to `url` (a server instance configured so).
fn by_smtp(state: &AppState, url: &str) -> AppState {
    let mut settings = (*state.settings).clone();
    settings.mailer =
        Arc::new(Mailer::smtp(url, "Comity <comity@comity.test>").expect("an SMTP address"));
    AppState {
        settings: Arc::new(settings),
        ..state.clone()
    }
}

/// The demo with its queued e-mail sent, a sink, the state sending to it, ARSO/TC 70 and its
/// manager signed in.
async fn setup(app: &TestApp) -> (Sink, AppState, String, Client) {
    app.with_demo().await;
    flush(app).await;
    let sink = Sink::start();
    let smtp = by_smtp(&app.state, &sink.url());
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let manager = app.signed_in("manager@comity.example").await;
    (sink, smtp, tc70, manager)
}

/// A loopback port nothing listens on (yet).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Sends what the demo queued, to the test's outbox folder, so each test starts empty.
async fn flush(app: &TestApp) {
    mail::deliver_due(&app.state, now_ms())
        .await
        .expect("outbox drained");
    assert_eq!(pending(app).await, 0);
}

async fn pending(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL")
        .await
}

async fn set_language(client: &mut Client, lang: &str) {
    let reply = client
        .post_form("/lang", &[("lang", lang), ("next", "/")])
        .await;
    assert_eq!(reply.status, 303, "{}", reply.body);
}

/// Opens a CIB ballot in ARSO/TC 70 through the API, closing at `closes_at`; its id.
async fn open_ballot(manager: &mut Client, committee: &str, title: &str, closes_at: i64) -> String {
    let reply = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{committee}/ballots"),
            Some(
                json!({"kind": "CIB", "title": title, "question": format!("{title}?"),
                "closes_at": common::rfc3339(closes_at)}),
            ),
            None,
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    reply.json()["id"].as_str().expect("id").to_string()
}

fn subject(m: &Value) -> &str {
    m["subject"].as_str().unwrap_or_default()
}

async fn mail_reaches_smtp_in_each_language(app: &TestApp) {
    let (sink, smtp, tc70, mut manager) = setup(app).await;
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    let mut eos = app.signed_in("officer.eos@comity.example").await;
    set_language(&mut kebs, "fr").await;
    set_language(&mut eos, "ar").await;

    // Ballot opened: each officer hears in their language, the manager (who opened it) not.
    let closes = "2099-02-28T00:00:00Z"
        .parse::<jiff::Timestamp>()
        .expect("instant")
        .as_millisecond();
    let ballot = open_ballot(&mut manager, &tc70, "Meet in Nairobi", closes).await;
    let sent = mail::deliver_due(&smtp, now_ms()).await.expect("sent");
    assert!(sent.sent >= 5, "{sent:?}");
    assert_eq!(sent.failed, 0);
    let fr = sink.to("officer.kebs@comity.example");
    assert_eq!(fr.len(), 1, "{fr:?}");
    let fr = &fr[0];
    assert_eq!(
        subject(fr),
        "ARSO/TC 70 : le scrutin « Meet in Nairobi » est ouvert jusqu’au 28 févr. 2099 à 03:00 (UTC+03:00)."
    );
    assert_eq!(fr["content_type"], "multipart/alternative");
    let text = fr["text"].as_str().expect("plain text part");
    assert!(text.starts_with("Bonjour "), "{text}");
    assert!(
        text.contains(&format!("Ouvrir : http://comity.test/ballots/{ballot}")),
        "{text}"
    );
    assert!(
        text.contains("Ne plus recevoir de courriel pour « Un scrutin s’ouvre » :"),
        "{text}"
    );
    let html = fr["html"].as_str().expect("HTML part");
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"), "{html}");
    assert!(
        html.contains(&format!("href=\"http://comity.test/ballots/{ballot}\"")),
        "{html}"
    );
    assert_eq!(fr["list_unsubscribe_post"], "List-Unsubscribe=One-Click");
    let ar = &sink.to("officer.eos@comity.example")[0];
    assert_eq!(
        subject(ar),
        "ARSO/TC 70: الاقتراع «Meet in Nairobi» مفتوح حتى 28 فبراير 2099، 03:00 (UTC+03:00)."
    );
    assert!(ar["html"]
        .as_str()
        .expect("html")
        .contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar["text"].as_str().expect("text").starts_with("مرحبًا "));
    assert!(sink.to("manager@comity.example").is_empty());
    let en = &sink.to("officer.son@comity.example")[0];
    assert!(subject(en).starts_with("ARSO/TC 70: the ballot “Meet in Nairobi” is open until"));
    assert!(en["from"]
        .as_str()
        .expect("from")
        .contains("comity@comity.test"));

    // Closing soon: 7 days before, then 48 hours before, to the member bodies that have not
    // voted (KEBS votes; the others are reminded), each reminder once.
    let soon = open_ballot(&mut manager, &tc70, "Hemp seed CIB", now_ms() + 30 * DAY).await;
    let voted = kebs
        .api(
            "PUT",
            &format!("/api/v1/ballots/{soon}/votes/KEBS"),
            Some(json!({"position": "approve"})),
            None,
        )
        .await;
    assert_eq!(voted.status, 200, "{}", voted.body);
    let week_left = now_ms() + 23 * DAY + HOUR;
    let reminded = |which: &'static str| {
        let sql = format!(
            "SELECT COUNT(*) FROM ballot_reminders WHERE ballot_id = '{soon}' AND reminder = '{which}'"
        );
        async move { app.count(&sql).await }
    };
    // (The demo's own open ballots may be reminded about too: this ballot's are counted.)
    assert!(
        ballots::remind_due(&smtp, week_left)
            .await
            .expect("reminders")
            >= 1
    );
    assert_eq!(reminded("7d").await, 1);
    ballots::remind_due(&smtp, week_left + HOUR)
        .await
        .expect("again");
    assert_eq!(reminded("7d").await, 1, "once");
    assert_eq!(reminded("48h").await, 0, "not yet");
    mail::deliver_due(&smtp, week_left).await.expect("sent");
    let reminders = |address: &str, needle: &str| {
        sink.to(address)
            .into_iter()
            .filter(|m| subject(m).contains(needle) && subject(m).contains("Hemp seed CIB"))
            .count()
    };
    assert_eq!(reminders("officer.eos@comity.example", "بعد 7 أيام"), 1);
    assert_eq!(
        reminders("officer.son@comity.example", "closes in 7 days"),
        1
    );
    let son = sink
        .to("officer.son@comity.example")
        .into_iter()
        .find(|m| subject(m).contains("closes in 7 days"))
        .expect("reminder");
    assert!(
        subject(&son).starts_with("ARSO/TC 70: the ballot “Hemp seed CIB” closes in 7 days (")
            && subject(&son).ends_with(") and your member body has not voted."),
        "{}",
        subject(&son)
    );
    assert_eq!(
        reminders("officer.kebs@comity.example", "7 jours"),
        0,
        "KEBS voted"
    );
    let two_days_left = now_ms() + 28 * DAY + HOUR;
    assert!(
        ballots::remind_due(&smtp, two_days_left)
            .await
            .expect("reminders")
            >= 1
    );
    assert_eq!(reminded("48h").await, 1);
    mail::deliver_due(&smtp, two_days_left).await.expect("sent");
    assert_eq!(
        reminders("officer.son@comity.example", "closes in 48 hours"),
        1
    );
    assert_eq!(
        reminders("officer.imanor@comity.example", "closes in 48 hours"),
        1
    );
    assert_eq!(
        reminders("officer.kebs@comity.example", "48 heures"),
        0,
        "KEBS voted"
    );

    // The unsubscribe link works without signing in: it asks, then stops that kind only.
    let link = fr["list_unsubscribe"].as_str().expect("List-Unsubscribe");
    let path = link
        .trim_matches(['<', '>'])
        .strip_prefix("http://comity.test")
        .expect("a portal link")
        .to_string();
    assert!(path.ends_with("/ballot_opened"), "{path}");
    let mut visitor = app.client();
    let page = visitor.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Stop e-mail about “A ballot opens”?"),
        "{}",
        page.body
    );
    let stopped = visitor.post_form(&path, &[]).await;
    assert_eq!(stopped.status, 303);
    let page = visitor.get(&path).await;
    assert!(page
        .body
        .contains("You will get no more e-mail about “A ballot opens”."));
    let kebs_id = app.user_id("officer.kebs@comity.example").await;
    assert_eq!(
        app.text(
            "SELECT mode FROM notification_settings WHERE user_id = $1 AND kind = 'ballot_opened'",
            &kebs_id
        )
        .await
        .as_deref(),
        Some("off")
    );
    let unknown = visitor.get("/unsubscribe/mt_nonsense/ballot_opened").await;
    assert!(unknown.body.contains("This link is not valid (any more)."));
    assert_eq!(
        visitor
            .post_form("/unsubscribe/mt_nonsense/ballot_opened", &[])
            .await
            .status,
        303
    );

    // Stopped: the next ballot reaches KEBS's officer in the portal, not by e-mail.
    let before = sink.to("officer.kebs@comity.example").len();
    open_ballot(&mut manager, &tc70, "Meet in Kigali", closes).await;
    mail::deliver_due(&smtp, now_ms()).await.expect("sent");
    assert_eq!(sink.to("officer.kebs@comity.example").len(), before);
    assert_eq!(
        sink.to("officer.son@comity.example")
            .iter()
            .filter(|m| subject(m).contains("Meet in Kigali"))
            .count(),
        1
    );
    let portal = kebs
        .api("GET", "/api/v1/me/notifications", None, None)
        .await;
    assert!(portal.body.contains("Meet in Kigali"));
}

async fn two_instances_send_each_message_once(app: &TestApp) {
    app.with_demo().await;
    flush(app).await;
    let sink = Sink::start();
    // Two instances: each its own pool on the one database, both sending by SMTP.
    let first = by_smtp(&app.state, &sink.url());
    let other_pool = db::connect(&app.database_url, 8)
        .await
        .expect("second pool");
    let second = AppState {
        pool: other_pool,
        ..by_smtp(&app.state, &sink.url())
    };
    let mut manager = app.signed_in("manager@comity.example").await;
    for reference in ["ARSO/TC 70"] {
        let committee = app.committee_id(reference).await;
        for n in 0..8 {
            open_ballot(
                &mut manager,
                &committee,
                &format!("{reference} question {n}"),
                now_ms() + 30 * DAY,
            )
            .await;
        }
    }
    let queued = pending(app).await;
    assert!(queued >= 30, "{queued} messages queued");
    let mut sent = 0;
    for _ in 0..10 {
        let (a, b) = tokio::join!(
            mail::deliver_due(&first, now_ms()),
            mail::deliver_due(&second, now_ms())
        );
        let (a, b) = (a.expect("first instance"), b.expect("second instance"));
        assert_eq!(a.failed + b.failed, 0);
        sent += a.sent + b.sent;
        if pending(app).await == 0 {
            break;
        }
    }
    assert_eq!(pending(app).await, 0);
    assert_eq!(sent as i64, queued);
    let received = sink.messages();
    assert_eq!(received.len() as i64, queued, "each message once");
    let mut ids: Vec<&str> = received
        .iter()
        .map(|m| m["message_id"].as_str().unwrap_or_default())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len() as i64, queued, "no message twice");
    second.pool.close().await;
}

async fn failed_sends_are_retried_after_backoff(app: &TestApp) {
    app.with_demo().await;
    flush(app).await;
    // The SMTP server is down: nothing listens on the port yet.
    let port = free_port();
    let smtp = by_smtp(&app.state, &format!("smtp://127.0.0.1:{port}"));
    let mut manager = app.signed_in("manager@comity.example").await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    open_ballot(&mut manager, &tc70, "Retry me", now_ms() + 30 * DAY).await;
    let queued = pending(app).await;
    assert!(queued > 0);
    let now = now_ms();
    let tried = mail::deliver_due(&smtp, now).await.expect("a pass");
    assert_eq!(tried.sent, 0);
    assert_eq!(tried.failed as i64, queued);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mail_outbox WHERE attempts = 1 AND sent_at IS NULL AND last_error IS NOT NULL AND claimed_by IS NULL")
            .await,
        queued
    );
    // Not again before the backoff (a minute after the first failure) …
    assert_eq!(
        mail::deliver_due(&smtp, now + 30_000)
            .await
            .expect("a pass")
            .failed,
        0
    );
    // … and sent once the server is back and the minute has passed.
    let sink = Sink::on(port);
    let later = mail::deliver_due(&smtp, now + 61_000)
        .await
        .expect("a pass");
    assert_eq!(later.sent as i64, queued);
    assert_eq!(sink.messages().len() as i64, queued);
    assert_eq!(pending(app).await, 0);
}

async fn settings_digest_and_rollback(app: &TestApp) {
    let (sink, smtp, tc70, mut manager) = setup(app).await;
    let mut son = app.signed_in("officer.son@comity.example").await;
    let son_id = app.user_id("officer.son@comity.example").await;

    // Settings through the API: every kind listed, at once by default; a bad mode is named
    // and nothing is written; signed out is 401.
    let settings = son
        .api("GET", "/api/v1/me/notification-settings", None, None)
        .await;
    assert_eq!(settings.status, 200);
    let all = settings.json()["settings"]
        .as_array()
        .expect("settings")
        .clone();
    assert_eq!(all.len(), 10);
    assert!(all.iter().all(|s| s["mode"] == "immediate"));
    let refused = son
        .api(
            "PUT",
            "/api/v1/me/notification-settings",
            Some(
                json!({"settings": [{"kind": "ballot_closed", "mode": "digest"},
                {"kind": "ballot_opened", "mode": "weekly"}]}),
            ),
            None,
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("ballot_opened"), "{}", refused.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM notification_settings")
            .await,
        0
    );
    assert_eq!(
        app.client()
            .api("GET", "/api/v1/me/notification-settings", None, None)
            .await
            .status,
        401
    );
    let saved = son
        .api(
            "PUT",
            "/api/v1/me/notification-settings",
            Some(json!({"settings": [{"kind": "ballot_opened", "mode": "digest"}]})),
            None,
        )
        .await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert!(saved
        .body
        .contains(r#"{"kind":"ballot_opened","mode":"digest"}"#));
    // And through the account form (no JavaScript): the choice shows checked.
    let posted = son
        .post_form(
            "/account/notifications",
            &[("ballot_opened", "digest"), ("document_registered", "off")],
        )
        .await;
    assert_eq!(posted.status, 303);
    let account = son.get("/account").await;
    assert!(account.body.contains("Your e-mail settings are saved."));
    assert!(
        account.body.contains(
            r#"id="mail-ballot_opened-digest" name="ballot_opened" value="digest" checked"#
        ),
        "{}",
        account.body
    );

    // A digest reader gets no e-mail at once; the day's digest is queued once, after 07:00
    // in their zone (UTC here), and lists the notification.
    open_ballot(&mut manager, &tc70, "Digest me", now_ms() + 30 * DAY).await;
    mail::deliver_due(&smtp, now_ms()).await.expect("sent");
    assert!(sink.to("officer.son@comity.example").is_empty());
    assert_eq!(sink.to("officer.asn@comity.example").len(), 1);
    let tomorrow_eight = (now_ms() / DAY + 1) * DAY + 8 * HOUR;
    assert_eq!(
        mail::queue_digests(&smtp, tomorrow_eight - 2 * HOUR)
            .await
            .expect("digests"),
        0,
        "before 07:00"
    );
    assert_eq!(
        mail::queue_digests(&smtp, tomorrow_eight)
            .await
            .expect("digests"),
        1
    );
    assert_eq!(
        mail::queue_digests(&smtp, tomorrow_eight + HOUR)
            .await
            .expect("digests"),
        0
    );
    mail::deliver_due(&smtp, tomorrow_eight)
        .await
        .expect("sent");
    let digest = sink.to("officer.son@comity.example");
    assert_eq!(digest.len(), 1, "{digest:?}");
    let day = jiff::Timestamp::from_millisecond(tomorrow_eight)
        .expect("day")
        .strftime("%-d %b %Y")
        .to_string();
    assert_eq!(
        subject(&digest[0]),
        format!("Comity: your summary of {day} (1 notification)")
    );
    let text = digest[0]["text"].as_str().expect("text");
    assert!(
        text.contains("ARSO/TC 70: the ballot “Digest me” is open until"),
        "{text}"
    );
    assert!(
        text.contains("No more e-mail about “A ballot opens”:"),
        "{text}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'digest'")
            .await,
        1
    );

    // Nothing is queued for a change that rolls back: the notification and its e-mail go
    // with it.
    let before = app.count("SELECT COUNT(*) FROM mail_outbox").await;
    let mut tx = db::begin_write(&app.state.pool).await.expect("transaction");
    let told = notifications::tell_committee(
        &mut tx,
        &tc70,
        "ballot_opened",
        &app::model::Message::new("notification-unknown"),
        "/",
        &son_id,
    )
    .await
    .expect("told");
    assert!(told > 0);
    assert!(
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM mail_outbox")
            .fetch_one(&mut *tx)
            .await
            .expect("count")
            > before
    );
    tx.rollback().await.expect("rolled back");
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox").await, before);
    assert_eq!(
        mail::deliver_due(&smtp, now_ms())
            .await
            .expect("a pass")
            .sent,
        0
    );
}

/// Without SMTP settings, messages are written to the outbox folder as `.eml` files.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_smtp_messages_land_in_the_outbox_folder() {
    let Some(app) = TestApp::start(common::Backend::Sqlite).await else {
        return;
    };
    app.with_demo().await;
    let queued = pending(&app).await;
    assert!(queued > 0, "the demo's notifications queue e-mail");
    let sent = mail::deliver_due(&app.state, now_ms())
        .await
        .expect("a pass");
    assert_eq!(sent.sent as i64, queued);
    let folder = app.outbox_dir();
    let files: Vec<_> = std::fs::read_dir(&folder)
        .expect("outbox folder")
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
        .collect();
    assert_eq!(files.len() as i64, queued);
    let one = std::fs::read_to_string(files[0].path()).expect("message");
    assert!(one.contains("Content-Type: multipart/alternative"), "{one}");
    assert!(
        one.contains("List-Unsubscribe: <http://comity.test/unsubscribe/mt_"),
        "{one}"
    );
    app.finish().await;
}
