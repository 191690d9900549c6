//! Meetings over the JSON API, on SQLite and PostgreSQL: scheduling with every bad field named,
//! the agenda drafted privately and published late only after the warning, registrations
//! (deadline, twice, not a delegate, another member body's officer), attendance, and the
//! calendar feed read back at the right UTC instant.

mod common;

use common::{rfc3339, schedule, Client, TestApp};
use serde_json::{json, Value};

on_both_databases! {
    a_meeting_is_scheduled_and_its_agenda_published => a_meeting_is_scheduled_and_its_agenda_published;
    delegations_register_and_attendance_is_marked => delegations_register_and_attendance_is_marked;
    minutes_and_resolutions_are_approved_and_locked => minutes_and_resolutions_are_approved_and_locked;
    a_body_keeps_its_notice_periods => a_body_keeps_its_notice_periods;
    publishing_notifies_the_committee => publishing_notifies_the_committee;
    the_page_forms_edit_the_draft_and_reschedule => the_page_forms_edit_the_draft_and_reschedule;
    agenda_items_and_resolutions_in_three_languages => agenda_items_and_resolutions_in_three_languages;
}

const DAY_MS: i64 = 24 * 3_600_000;

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_millis() as i64
}

/// A hybrid plenary in Rabat starting `in_days` from now at a whole minute.
fn plenary(in_days: i64, deadline: Option<i64>) -> (Value, i64) {
    let start = (now_ms() + in_days * DAY_MS) / 60_000 * 60_000;
    let body = json!({
        "title": "12th plenary meeting",
        "kind": "plenary",
        "mode": "hybrid",
        "time_zone": "Africa/Casablanca",
        "starts_at": rfc3339(start),
        "ends_at": rfc3339(start + 2 * DAY_MS),
        "venue": "IMANOR, Rabat",
        "join_url": "https://meet.example/tc70-12",
        "host": "IMANOR",
        "registration_deadline": deadline.map(rfc3339),
    });
    (body, start)
}

async fn a_meeting_is_scheduled_and_its_agenda_published(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let tc71 = app.committee_id("ARSO/TC 71").await;
    let mut manager = app.signed_in("manager@comity.example").await;

    // Every bad field at once, nothing stored.
    let refused = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/meetings"),
            Some(json!({"title": "", "kind": "plenary", "mode": "hybrid", "time_zone": "Africa/Casablanca",
                "starts_at": "2027-03-18T09:00", "ends_at": "2027-03-16T17:00", "venue": "", "join_url": "meet.example"})),
            None,
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    let errors = refused.json()["errors"].clone();
    for field in ["title", "ends_at", "venue", "join_url"] {
        assert!(errors.get(field).is_some(), "{field}: {errors}");
    }
    assert_eq!(errors["ends_at"][0], "The end must come after the start.");
    let zone = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/meetings"),
            Some(json!({"title": "x", "kind": "plenary", "mode": "virtual", "time_zone": "Mars/Olympus_Mons",
                "starts_at": "2027-03-16T09:00", "ends_at": "2027-03-16T17:00", "join_url": "https://meet.example"})),
            None,
        )
        .await;
    assert_eq!(zone.status, 422);
    assert!(zone.json()["errors"]["time_zone"][0]
        .as_str()
        .unwrap_or_default()
        .contains("Mars/Olympus_Mons"));
    assert_eq!(app.count("SELECT COUNT(*) FROM meetings").await, 0);
    // Only the committee's manager schedules.
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    let (body, start) = plenary(42, None);
    let reply = officer
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/meetings"),
            Some(body.clone()),
            None,
        )
        .await;
    assert_eq!(reply.status, 403);

    // Wall-clock input in the host's zone: 09:00 in Rabat.
    let local = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/meetings"),
            Some(json!({"title": "WG 1 meeting", "kind": "wg", "mode": "virtual", "time_zone": "Africa/Casablanca",
                "starts_at": "2027-03-16T09:00", "ends_at": "2027-03-16T12:00", "join_url": "https://meet.example/wg1"})),
            None,
        )
        .await;
    assert_eq!(local.status, 201, "{}", local.body);
    assert_eq!(local.json()["starts"], "2027-03-16 09:00 (UTC+01:00)");
    assert_eq!(local.json()["starts_at"], 1_805_184_000_000_i64);

    // Six weeks ahead: the 16-week notice for a hybrid plenary cannot be met.
    let meeting = schedule(&mut manager, &tc70, body).await;
    let id = meeting["id"].as_str().expect("id").to_string();
    assert_eq!(meeting["starts_at"], start);

    // A document of another committee cannot be linked; the committee's own can.
    let mut arso_admin = app.signed_in("arso.admin@comity.example").await;
    let foreign = arso_admin
        .upload(
            &format!("/api/v1/committees/{tc71}/documents"),
            &[("title", "TC 71 business plan"), ("kind", "other")],
            Some(("plan.txt", b"plan")),
        )
        .await
        .json()["id"]
        .as_str()
        .expect("id")
        .to_string();
    let ours = manager
        .upload(
            &format!("/api/v1/committees/{tc70}/documents"),
            &[("title", "DARS 40 for decision"), ("kind", "enquiry_draft")],
            Some(("dars40.txt", b"draft")),
        )
        .await
        .json()["id"]
        .as_str()
        .expect("id")
        .to_string();
    let agenda = format!("/api/v1/meetings/{id}/agenda");
    let refused = manager
        .api(
            "PUT",
            &agenda,
            Some(json!([{"title": "Opening", "outcome": "information"}, {"title": "Plan", "outcome": "decision", "documents": [foreign]}])),
            None,
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.json()["errors"]["items.1.documents"].is_array());
    let items = json!([
        {"title": "Opening of the meeting", "outcome": "information"},
        {"title": "Approval of the agenda", "outcome": "decision"},
        {"title": "Projects", "outcome": "discussion"},
        {"level": 1, "title": "DARS 40", "description": "Comments and the way forward", "outcome": "decision", "documents": [ours]},
        {"title": "Closing", "outcome": "information"}
    ]);
    let saved = manager.api("PUT", &agenda, Some(items), None).await;
    assert_eq!(saved.status, 200, "{}", saved.body);
    let saved = saved.json();
    let numbers: Vec<&str> = saved
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["number"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(numbers, vec!["1", "2", "3", "3.1", "4"]);
    // Registered today for a decision six weeks ahead: flagged (the rule is 6 weeks).
    assert_eq!(saved[3]["documents"][0]["late"], true);

    // The draft is the manager's: a delegate reading the meeting does not see it.
    let mut delegate = app.signed_in("delegate.kebs@comity.example").await;
    let kebs_officer_nominates = officer
        .submit(
            &format!("/committees/{tc70}/delegates"),
            &[(
                "user_id",
                &app.user_id("delegate.kebs@comity.example").await,
            )],
        )
        .await;
    assert!(kebs_officer_nominates
        .body
        .contains("The delegate was nominated."));
    let seen = delegate
        .api("GET", &format!("/api/v1/meetings/{id}"), None, None)
        .await;
    assert_eq!(seen.status, 200, "{}", seen.body);
    assert_eq!(seen.json()["draft"], Value::Null);
    assert_eq!(seen.json()["agenda"], json!([]));

    // Publishing late: refused with the rule, then published after confirming, flagged.
    let publish = format!("/api/v1/meetings/{id}/agenda/publish");
    let warned = manager.api("POST", &publish, Some(json!({})), None).await;
    assert_eq!(warned.status, 409, "{}", warned.body);
    assert_eq!(
        warned.json()["error"]["message"],
        "Late agenda: the draft agenda of a committee meeting in person or hybrid is due 16 weeks before it; this one is published 41 days before."
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM agenda_versions").await, 0);
    let published = manager
        .api("POST", &publish, Some(json!({"confirm_late": true})), None)
        .await;
    assert_eq!(published.status, 201, "{}", published.body);
    let v1 = published.json();
    assert_eq!(
        (v1["version"].as_i64(), v1["items_changed"].as_i64()),
        (Some(1), Some(5))
    );
    assert!(v1["late_rule"]
        .as_str()
        .unwrap_or_default()
        .starts_with("Late agenda"));
    // The delegate now reads it, with the broken rule.
    let seen = delegate
        .api("GET", &format!("/api/v1/meetings/{id}"), None, None)
        .await
        .json();
    assert_eq!(seen["agenda"][0]["items"][3]["title"], "DARS 40");
    assert!(seen["agenda"][0]["late_rule"]
        .as_str()
        .unwrap_or_default()
        .contains("16 weeks"));

    // The printable agenda: the published items and the rule, nothing private.
    let printable = delegate.get(&format!("/meetings/{id}/agenda")).await;
    assert_eq!(printable.status, 200);
    assert!(
        printable.body.contains("Approval of the agenda"),
        "{}",
        printable.body
    );
    assert!(printable.body.contains("Late agenda"));
    assert!(!printable.body.contains("Draft agenda") && !printable.body.contains("Registrations"));

    // A change makes version 2 with the count of items changed; no second warning.
    let mut current: Vec<Value> = seen["agenda"][0]["items"]
        .as_array()
        .expect("items")
        .clone();
    current[2]["title"] = json!("Projects of the work programme");
    current.insert(
        4,
        json!({"level": 0, "title": "Liaisons", "description": "", "outcome": "information"}),
    );
    let next: Vec<Value> = current
        .iter()
        .map(|i| json!({"id": i.get("id"), "level": i["level"], "title": i["title"], "description": i["description"], "outcome": i["outcome"],
            "documents": i["documents"].as_array().map(|d| d.iter().map(|x| x["id"].clone()).collect::<Vec<_>>()).unwrap_or_default()}))
        .collect();
    assert_eq!(
        manager
            .api("PUT", &agenda, Some(json!(next)), None)
            .await
            .status,
        200
    );
    let v2 = manager.api("POST", &publish, Some(json!({})), None).await;
    assert_eq!(v2.status, 201, "{}", v2.body);
    // "Projects" renamed, "Liaisons" added, "Closing" moved from 4 to 5.
    assert_eq!(v2.json()["items_changed"], 3);
    assert_eq!(v2.json()["late_rule"], Value::Null);
    assert_eq!(
        app.text(
            "SELECT CAST(sequence AS TEXT) FROM meetings WHERE id = $1",
            &id
        )
        .await
        .as_deref(),
        Some("2")
    );
}

async fn delegations_register_and_attendance_is_marked(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    let delegate_id = app.user_id("delegate.kebs@comity.example").await;
    let officer_id = app.user_id("officer.kebs@comity.example").await;
    for user in [&delegate_id, &officer_id] {
        officer
            .submit(
                &format!("/committees/{tc70}/delegates"),
                &[("user_id", user)],
            )
            .await;
    }
    // A meeting under way (started an hour ago), registration still open for this test.
    let start = (now_ms() - 3_600_000) / 60_000 * 60_000;
    let (mut body, _) = plenary(0, None);
    body["starts_at"] = json!(rfc3339(start));
    body["ends_at"] = json!(rfc3339(start + DAY_MS));
    body["registration_deadline"] = json!(rfc3339(start - DAY_MS));
    let meeting = schedule(&mut manager, &tc70, body).await;
    let id = meeting["id"].as_str().expect("id").to_string();
    let registrations = format!("/api/v1/meetings/{id}/registrations");
    let register = |user: &str, head: bool| json!({"member_body": "KEBS", "user_id": user, "head_of_delegation": head, "participation": "in_person"});

    // After the deadline: refused with the reason, until the manager reopens.
    let closed = officer
        .api(
            "POST",
            &registrations,
            Some(register(&delegate_id, true)),
            None,
        )
        .await;
    assert_eq!(closed.status, 409, "{}", closed.body);
    assert_eq!(
        closed.json()["error"]["message"],
        "Registration closed at the deadline: ask the committee manager to reopen it."
    );
    let reopened = manager
        .api(
            "PUT",
            &format!("/api/v1/meetings/{id}/registration"),
            Some(json!({"reopened": true})),
            None,
        )
        .await;
    assert_eq!(reopened.status, 204);
    let first = officer
        .api(
            "POST",
            &registrations,
            Some(register(&delegate_id, true)),
            None,
        )
        .await;
    assert_eq!(first.status, 201, "{}", first.body);
    assert_eq!(first.json()["head_of_delegation"], true);
    let second = officer
        .api(
            "POST",
            &registrations,
            Some(json!({"member_body": "KEBS", "user_id": officer_id, "participation": "remote"})),
            None,
        )
        .await;
    assert_eq!(second.status, 201, "{}", second.body);
    // Each registered person is told (the delegate registered by the officer too), once.
    let mut delegate = app.signed_in("delegate.kebs@comity.example").await;
    let told = delegate
        .api("GET", "/api/v1/me/notifications", None, None)
        .await
        .json();
    let confirmed: Vec<&str> = told["notifications"]
        .as_array()
        .expect("notifications")
        .iter()
        .filter(|n| n["kind"] == "registration_confirmed")
        .filter_map(|n| n["text"].as_str())
        .collect();
    assert_eq!(confirmed.len(), 1, "{confirmed:?}");
    assert!(
        confirmed[0].starts_with("ARSO/TC 70: you are registered for “")
            && confirmed[0].ends_with(", in person."),
        "{}",
        confirmed[0]
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM notifications WHERE kind = 'registration_confirmed'")
            .await,
        2
    );
    // Twice: refused. Not a KEBS delegate: refused. EOS's officer for KEBS: forbidden.
    let twice = officer
        .api(
            "POST",
            &registrations,
            Some(register(&delegate_id, false)),
            None,
        )
        .await;
    assert_eq!(twice.status, 409);
    assert_eq!(
        twice.json()["error"]["message"],
        "This delegate is already registered to the meeting."
    );
    let stranger = app.user_id("officer.tse@comity.example").await;
    let not_delegate = officer
        .api(
            "POST",
            &registrations,
            Some(register(&stranger, false)),
            None,
        )
        .await;
    assert_eq!(not_delegate.status, 422);
    assert!(not_delegate.json()["errors"]["user_id"].is_array());
    let mut eos = app.signed_in("officer.eos@comity.example").await;
    let forbidden = eos
        .api(
            "POST",
            &registrations,
            Some(register(&delegate_id, false)),
            None,
        )
        .await;
    assert_eq!(forbidden.status, 403);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM meeting_registrations")
            .await,
        2
    );

    // The manager sees both and marks attendance; the officer may not; EOS sees none of KEBS's.
    let detail = manager
        .api("GET", &format!("/api/v1/meetings/{id}"), None, None)
        .await
        .json();
    let list = detail["registrations"].as_array().expect("registrations");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["name"], "Wanjiru Kamau", "head of delegation first");
    let registration = list[0]["id"].as_str().expect("id").to_string();
    let attendance = format!("/api/v1/meetings/{id}/registrations/{registration}/attendance");
    assert_eq!(
        officer
            .api("PUT", &attendance, Some(json!({"attended": true})), None)
            .await
            .status,
        403
    );
    assert_eq!(
        manager
            .api("PUT", &attendance, Some(json!({"attended": true})), None)
            .await
            .status,
        204
    );
    let detail = officer
        .api("GET", &format!("/api/v1/meetings/{id}"), None, None)
        .await
        .json();
    assert_eq!(detail["registrations"][0]["attended"], true);
    let theirs = eos
        .api("GET", &format!("/api/v1/meetings/{id}"), None, None)
        .await;
    assert_eq!(theirs.json()["registrations"], json!([]));

    // The invitation letter for a visa: the delegate's own (DOCX, read back), not EOS's.
    let letter_path = format!("/api/v1/meetings/{id}/registrations/{registration}/invitation");
    let mut delegate = app.signed_in("delegate.kebs@comity.example").await;
    let letter = delegate.api("GET", &letter_path, None, None).await;
    assert_eq!(letter.status, 200, "{}", letter.body);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(letter.bytes)).expect("a DOCX");
    let mut text = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("document"),
        &mut text,
    )
    .expect("text");
    for expected in [
        "Invitation letter",
        "Wanjiru Kamau",
        "delegate of KEBS",
        "IMANOR, Rabat",
        "The meeting is hosted by IMANOR.",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    assert_eq!(eos.api("GET", &letter_path, None, None).await.status, 404);

    // The delegate's own calendar feed: the meeting in Rabat's zone, at the right instant.
    let url = delegate
        .api("GET", "/api/v1/me/calendar", None, None)
        .await
        .json()["url"]
        .as_str()
        .expect("url")
        .to_string();
    let path = url
        .split_once("/calendar/")
        .map(|(_, t)| format!("/calendar/{t}"))
        .expect("path");
    let feed = app.client().get(&path).await;
    assert_eq!(feed.status, 200);
    assert!(feed.headers[axum::http::header::CONTENT_TYPE]
        .to_str()
        .unwrap_or_default()
        .starts_with("text/calendar"));
    let ics = feed.body.replace("\r\n ", "");
    assert!(
        ics.contains("BEGIN:VTIMEZONE\r\nTZID:Africa/Casablanca\r\n"),
        "{ics}"
    );
    assert!(ics.contains(&format!("UID:{id}@comity\r\n")));
    assert!(ics.contains("LOCATION:IMANOR\\, Rabat\r\n"));
    let dtstart = ics
        .lines()
        .find_map(|l| l.strip_prefix("DTSTART;TZID=Africa/Casablanca:"))
        .expect("DTSTART in the host's zone");
    let wall = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%S", dtstart).expect("local time");
    let instant = wall
        .to_zoned(jiff::tz::TimeZone::get("Africa/Casablanca").expect("zone"))
        .expect("zoned")
        .timestamp()
        .as_millisecond();
    assert_eq!(instant, start, "the feed's start is the scheduled instant");
    // Moved an hour later, then cancelled: the same event (one UID) with a growing SEQUENCE.
    let (mut moved, _) = plenary(0, None);
    moved["starts_at"] = json!(rfc3339(start + 3_600_000));
    moved["ends_at"] = json!(rfc3339(start + DAY_MS));
    let put = manager
        .api(
            "PUT",
            &format!("/api/v1/meetings/{id}"),
            Some(moved.clone()),
            None,
        )
        .await;
    assert_eq!(put.status, 200, "{}", put.body);
    assert_eq!(
        officer
            .api(
                "PUT",
                &format!("/api/v1/meetings/{id}"),
                Some(moved.clone()),
                None
            )
            .await
            .status,
        403
    );
    let cancelled = manager
        .api("POST", &format!("/api/v1/meetings/{id}/cancel"), None, None)
        .await;
    assert_eq!(cancelled.status, 204);
    let ics = app.client().get(&path).await.body.replace("\r\n ", "");
    let events: Vec<&str> = ics
        .split("BEGIN:VEVENT")
        .filter(|e| e.contains(&format!("UID:{id}@comity")))
        .collect();
    assert_eq!(events.len(), 1, "one event per meeting: {ics}");
    assert!(events[0].contains("SEQUENCE:2\r\n"), "{}", events[0]);
    assert!(events[0].contains("STATUS:CANCELLED\r\n"));
    let moved_start = jiff::Timestamp::from_millisecond(start + 3_600_000)
        .expect("instant")
        .to_zoned(jiff::tz::TimeZone::get("Africa/Casablanca").expect("zone"))
        .strftime("%Y%m%dT%H%M%S")
        .to_string();
    assert!(events[0].contains(&format!("DTSTART;TZID=Africa/Casablanca:{moved_start}")));
    assert_eq!(
        manager
            .api("PUT", &format!("/api/v1/meetings/{id}"), Some(moved), None)
            .await
            .status,
        409,
        "a cancelled meeting does not change"
    );

    // A wrong secret finds nothing.
    assert_eq!(
        app.client()
            .get("/calendar/0123456789abcdef0123456789abcdef.ics")
            .await
            .status,
        404
    );
}

/// A plenary of `committee` that started two days ago and ended yesterday: its id and start.
async fn held_yesterday(manager: &mut Client, committee: &str) -> (String, i64) {
    let start = (now_ms() - 2 * DAY_MS) / 60_000 * 60_000;
    let (mut body, _) = plenary(0, None);
    body["starts_at"] = json!(rfc3339(start));
    body["ends_at"] = json!(rfc3339(start + DAY_MS));
    let id = schedule(manager, committee, body).await["id"]
        .as_str()
        .expect("id")
        .to_string();
    (id, start)
}

async fn minutes_and_resolutions_are_approved_and_locked(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let (id, start) = held_yesterday(&mut manager, &tc70).await;
    let agenda = manager
        .api(
            "PUT",
            &format!("/api/v1/meetings/{id}/agenda"),
            Some(json!([{"title": "Opening", "outcome": "information"}, {"title": "New work", "outcome": "decision"}])),
            None,
        )
        .await
        .json();
    let item = agenda[1]["id"].as_str().expect("item").to_string();
    let published = manager
        .api(
            "POST",
            &format!("/api/v1/meetings/{id}/agenda/publish"),
            Some(json!({"confirm_late": true})),
            None,
        )
        .await;
    assert_eq!(published.status, 201);

    // Minutes with headings and lists; a script is kept as text, never as markup.
    let minutes = format!("/api/v1/meetings/{id}/minutes");
    let text = "# Minutes of the 12th plenary\n\n## Attendance\n- KEBS\n- IMANOR\n\n</textarea><script>alert('x')</script>";
    let written = manager
        .api("PUT", &minutes, Some(json!({"body": text})), None)
        .await;
    assert_eq!(written.status, 204, "{}", written.body);
    let empty = manager
        .api("PUT", &minutes, Some(json!({"body": "  "})), None)
        .await;
    assert_eq!(empty.status, 422);
    let page = manager.get(&format!("/meetings/{id}")).await;
    assert!(
        !page.body.contains("<script>alert"),
        "a script survived in the page"
    );
    assert!(
        page.body.contains("&lt;script&gt;alert"),
        "the script is shown as text"
    );
    assert!(page.body.contains("<h4>Attendance</h4>"), "{}", page.body);

    // Drafts are the manager's; the officer sees the minutes once circulated.
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    assert_eq!(
        meeting_json(&mut officer, &id).await["records"]["minutes"],
        json!([])
    );
    let detail = meeting_json(&mut manager, &id).await;
    let minutes_id = detail["records"]["minutes"][0]["id"]
        .as_str()
        .expect("minutes")
        .to_string();
    assert_eq!(
        detail["records"]["minutes"][0]["blocks"][0]["kind"],
        "heading"
    );
    let step = |to: &str| json!({"status": to});
    let status = format!("/api/v1/minutes/{minutes_id}/status");
    // One step at a time; the officer may not move them.
    assert_eq!(
        manager
            .api("POST", &status, Some(step("locked")), None)
            .await
            .status,
        409
    );
    assert_eq!(
        officer
            .api("POST", &status, Some(step("circulated")), None)
            .await
            .status,
        403
    );
    for to in ["circulated", "approved", "locked"] {
        let moved = manager.api("POST", &status, Some(step(to)), None).await;
        assert_eq!(moved.status, 204, "{to}: {}", moved.body);
    }
    let detail = meeting_json(&mut officer, &id).await;
    assert_eq!(detail["records"]["minutes"][0]["status"], "locked");
    assert_eq!(
        detail["records"]["minutes"][0]["on_time"], true,
        "circulated within 4 weeks"
    );
    // Locked minutes never change; a correction is a new draft pointing at them.
    let locked = manager
        .api("PUT", &minutes, Some(json!({"body": "Changed"})), None)
        .await;
    assert_eq!(locked.status, 409);
    assert_eq!(
        app.text(
            "SELECT body FROM meeting_minutes WHERE id = $1",
            &minutes_id
        )
        .await
        .as_deref(),
        Some(text)
    );
    let corrected = manager
        .api(
            "POST",
            &format!("/api/v1/minutes/{minutes_id}/correction"),
            None,
            None,
        )
        .await;
    assert_eq!(corrected.status, 201);
    let detail = meeting_json(&mut manager, &id).await;
    assert_eq!(detail["records"]["minutes"][1]["corrects"], minutes_id);
    assert_eq!(detail["records"]["minutes"][1]["status"], "draft");

    // Two resolutions, numbered in the committee's year; an unknown agenda item is refused.
    let resolutions = format!("/api/v1/meetings/{id}/resolutions");
    let bad = manager
        .api(
            "POST",
            &resolutions,
            Some(json!({"title": "x", "body": "y", "agenda_item": "nope"})),
            None,
        )
        .await;
    assert_eq!(bad.status, 422);
    let year = jiff::Timestamp::from_millisecond(start)
        .expect("instant")
        .to_zoned(jiff::tz::TimeZone::get("Africa/Casablanca").expect("zone"))
        .year();
    for (n, title) in [(1, "Approval of NWIP 17"), (2, "Thanks to the host")] {
        let added = manager
            .api(
                "POST",
                &resolutions,
                Some(json!({"title": title, "body": "The committee resolves to approve.", "agenda_item": item})),
                None,
            )
            .await;
        assert_eq!(added.status, 201, "{}", added.body);
        assert_eq!(added.json()["reference"], format!("Resolution {n}/{year}"));
    }
    let detail = meeting_json(&mut manager, &id).await;
    let listed = detail["records"]["resolutions"]
        .as_array()
        .expect("resolutions")
        .clone();
    assert_eq!(listed[0]["agenda_item"], "2 New work");
    for r in &listed {
        let rid = r["id"].as_str().expect("id");
        for to in ["circulated", "approved", "locked"] {
            let moved = manager
                .api(
                    "POST",
                    &format!("/api/v1/resolutions/{rid}/status"),
                    Some(step(to)),
                    None,
                )
                .await;
            assert_eq!(moved.status, 204);
        }
    }
    let detail = meeting_json(&mut officer, &id).await;
    let statuses: Vec<&str> = detail["records"]["resolutions"]
        .as_array()
        .expect("resolutions")
        .iter()
        .map(|r| r["status"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(statuses, vec!["locked", "locked"]);
    // Circulated two days after a meeting that ended yesterday: within 48 hours.
    assert_eq!(detail["records"]["resolutions"][0]["on_time"], true);
}

async fn meeting_json(client: &mut Client, id: &str) -> Value {
    client
        .api("GET", &format!("/api/v1/meetings/{id}"), None, None)
        .await
        .json()
}

async fn a_body_keeps_its_notice_periods(app: &TestApp) {
    app.with_demo().await;
    let arso = app
        .text("SELECT id FROM bodies WHERE acronym = $1", "ARSO")
        .await
        .expect("ARSO");
    // The administrator sets 20 weeks for a plenary's agenda in the body's rules form; a
    // number out of range is named and nothing is stored.
    let mut admin = app.signed_in("arso.admin@comity.example").await;
    let page = admin.get("/bodies/ARSO").await;
    assert!(page
        .body
        .contains("Draft agenda before a committee meeting in person or hybrid"));
    let mut fields = app::domain::ballots::RuleProfile::default().to_fields();
    let set = |fields: &mut Vec<(String, String)>, name: &str, value: &str| {
        if let Some(f) = fields.iter_mut().find(|(k, _)| k == name) {
            f.1 = value.to_string();
        }
    };
    set(&mut fields, "notice_plenary_agenda", "20");
    set(&mut fields, "notice_minutes", "0");
    let refused = admin.submit("/bodies/ARSO/rules", &form_of(&fields)).await;
    assert!(
        refused.body.contains("field-notice_minutes-error"),
        "{}",
        refused.body
    );
    let stored = || async {
        app.text(
            "SELECT COALESCE(rule_profile, '') FROM bodies WHERE id = $1",
            &arso,
        )
        .await
        .unwrap_or_default()
    };
    assert!(!stored().await.contains("\"plenary_agenda\":20"));
    set(&mut fields, "notice_minutes", "4");
    let done = admin.submit("/bodies/ARSO/rules", &form_of(&fields)).await;
    assert!(
        done.body.contains("The ballot rules are changed."),
        "{}",
        done.body
    );
    assert!(stored().await.contains("\"plenary_agenda\":20"));
    // A client that leaves the notice periods out keeps them.
    let without: Vec<(&str, &str)> = fields
        .iter()
        .filter(|(k, _)| !k.starts_with("notice_"))
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let done = admin.submit("/bodies/ARSO/rules", &without).await;
    assert!(done.body.contains("The ballot rules are changed."));
    assert!(stored().await.contains("\"plenary_agenda\":20"));
    // Published 18 weeks ahead of a hybrid plenary: late under ARSO's 20 weeks.
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let (body, _) = plenary(18 * 7, None);
    let id = schedule(&mut manager, &tc70, body).await["id"]
        .as_str()
        .expect("id")
        .to_string();
    let put = manager
        .api(
            "PUT",
            &format!("/api/v1/meetings/{id}/agenda"),
            Some(json!([{"title": "Opening", "outcome": "information"}])),
            None,
        )
        .await;
    assert_eq!(put.status, 200);
    let warned = manager
        .api(
            "POST",
            &format!("/api/v1/meetings/{id}/agenda/publish"),
            Some(json!({})),
            None,
        )
        .await;
    assert_eq!(warned.status, 409, "{}", warned.body);
    assert!(warned.json()["error"]["message"]
        .as_str()
        .unwrap_or_default()
        .contains("due 20 weeks before it"));
}

/// The texts of a person's notifications, newest first, and their unread count.
async fn notifications_of(client: &mut Client) -> (Vec<String>, i64) {
    let reply = client
        .api("GET", "/api/v1/me/notifications", None, None)
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let json = reply.json();
    let texts = json["notifications"]
        .as_array()
        .expect("notifications")
        .iter()
        .map(|n| n["text"].as_str().unwrap_or_default().to_string())
        .collect();
    (texts, json["unread"].as_i64().unwrap_or(-1))
}

async fn publishing_notifies_the_committee(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let (body, _) = plenary(42, None);
    let id = schedule(&mut manager, &tc70, body).await["id"]
        .as_str()
        .expect("id")
        .to_string();
    let agenda = format!("/api/v1/meetings/{id}/agenda");
    let items = json!([{"level": 0, "title": "Opening", "outcome": "information"}]);
    assert_eq!(
        manager.api("PUT", &agenda, Some(items), None).await.status,
        200
    );
    // Refused (late, not confirmed): nothing published, nobody told.
    let publish = format!("/api/v1/meetings/{id}/agenda/publish");
    assert_eq!(
        manager
            .api("POST", &publish, Some(json!({})), None)
            .await
            .status,
        409
    );
    // (The demo's own ballot and documents told SMIIC/TC 1's people already: agendas only here.)
    assert_eq!(
        app.count("SELECT COUNT(*) FROM notifications WHERE kind LIKE 'agenda%'")
            .await,
        0
    );
    let published = manager
        .api("POST", &publish, Some(json!({"confirm_late": true})), None)
        .await;
    assert_eq!(published.status, 201, "{}", published.body);

    // KEBS's officer (a P-member's officer) is told, once; the link leads to the meeting.
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    let listed = officer
        .api("GET", "/api/v1/me/notifications", None, None)
        .await
        .json();
    assert_eq!(listed["unread"], 1, "{listed}");
    assert_eq!(
        listed["notifications"][0]["text"],
        "ARSO/TC 70: the agenda of “12th plenary meeting” is published."
    );
    assert_eq!(listed["notifications"][0]["kind"], "agenda_published");
    assert_eq!(
        listed["notifications"][0]["link"],
        format!("/meetings/{id}")
    );
    let first = listed["notifications"][0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    // The header of every page carries the count; the list page shows the text.
    let page = officer.get("/notifications").await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("Notifications, one unread"),
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains("the agenda of “12th plenary meeting” is published."));
    // The committee's delegate and the chair are told; the manager (who published), a
    // stranger to the committee and someone of another committee are not.
    let told = |email: &'static str| async move {
        app.count(&format!(
            "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id \
             WHERE u.email = '{email}' AND n.kind LIKE 'agenda%'"
        ))
        .await
    };
    assert_eq!(told("delegate.eos@comity.example").await, 1);
    assert_eq!(told("chair@comity.example").await, 1);
    assert_eq!(told("manager@comity.example").await, 0);
    assert_eq!(told("observer.tc71@comity.example").await, 0);
    assert_eq!(told("officer.tse@comity.example").await, 0);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) - COUNT(DISTINCT user_id) FROM notifications WHERE kind LIKE 'agenda%'"
        )
            .await,
        0
    );

    // Nobody else reads or marks another person's notification.
    let mut delegate = app.signed_in("delegate.eos@comity.example").await;
    let foreign = delegate
        .api(
            "POST",
            "/api/v1/me/notifications/read",
            Some(json!({"id": first})),
            None,
        )
        .await;
    assert_eq!(foreign.status, 404);
    let foreign_open = delegate
        .post_form(&format!("/notifications/{first}/open"), &[])
        .await;
    assert_eq!(foreign_open.location().as_deref(), Some("/notifications"));
    assert_eq!(notifications_of(&mut officer).await.1, 1);
    let signed_out = app
        .client()
        .api("GET", "/api/v1/me/notifications", None, None)
        .await;
    assert_eq!(signed_out.status, 401);

    // Opening it (the page's form) marks it read and goes to the meeting.
    let opened = officer
        .post_form(&format!("/notifications/{first}/open"), &[])
        .await;
    assert_eq!(opened.location(), Some(format!("/meetings/{id}")));
    assert_eq!(notifications_of(&mut officer).await.1, 0);

    // Version 2 and the cancellation are told too, in the reader's language.
    let items = json!([{"level": 0, "title": "Opening", "outcome": "information"},
        {"level": 0, "title": "Liaisons", "outcome": "information"}]);
    assert_eq!(
        manager.api("PUT", &agenda, Some(items), None).await.status,
        200
    );
    assert_eq!(
        manager
            .api("POST", &publish, Some(json!({})), None)
            .await
            .status,
        201
    );
    let cancelled = manager
        .api("POST", &format!("/api/v1/meetings/{id}/cancel"), None, None)
        .await;
    assert!(cancelled.status.is_success(), "{}", cancelled.body);
    let (texts, unread) = notifications_of(&mut officer).await;
    assert_eq!(unread, 2);
    assert_eq!(
        texts[..2],
        [
            "ARSO/TC 70: “12th plenary meeting” is cancelled.".to_string(),
            "ARSO/TC 70: agenda v2 of “12th plenary meeting” is published, 3 items changed."
                .to_string()
        ]
    );
    let french = officer
        .post_form("/lang", &[("lang", "fr"), ("next", "/")])
        .await;
    assert!(french.status.is_redirection());
    assert_eq!(
        notifications_of(&mut officer).await.0[0],
        "ARSO/TC 70 : « 12th plenary meeting » est annulée."
    );

    // "Mark all as read" (the page's form) leaves nothing unread.
    let marked = officer.post_form("/notifications/read", &[]).await;
    assert_eq!(marked.location().as_deref(), Some("/notifications"));
    assert_eq!(notifications_of(&mut officer).await.1, 0);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM notifications n JOIN users u ON u.id = n.user_id \
             WHERE u.email = 'officer.kebs@comity.example' AND n.read_at IS NULL"
        )
        .await,
        0
    );
}

/// The titles of the drafted agenda, in order, as the manager reads them.
async fn draft_titles(manager: &mut Client, id: &str) -> Vec<String> {
    meeting_json(manager, id).await["draft"]
        .as_array()
        .expect("draft")
        .iter()
        .map(|i| {
            format!(
                "{} {}",
                i["number"].as_str().unwrap_or_default(),
                i["title"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

async fn the_page_forms_edit_the_draft_and_reschedule(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let (body, _) = plenary(200, None);
    let id = schedule(&mut manager, &tc70, body).await["id"]
        .as_str()
        .expect("id")
        .to_string();
    let items = json!([
        {"level": 0, "title": "Approval of the agenda", "outcome": "decision"},
        {"level": 1, "title": "Comments received", "outcome": "discussion"},
        {"level": 0, "title": "Opening", "outcome": "information"},
    ]);
    let put = manager
        .api(
            "PUT",
            &format!("/api/v1/meetings/{id}/agenda"),
            Some(items),
            None,
        )
        .await;
    assert_eq!(put.status, 200, "{}", put.body);
    let ids: Vec<String> = put
        .json()
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().unwrap_or_default().to_string())
        .collect();
    let page = manager.get(&format!("/meetings/{id}")).await;
    assert!(page.body.contains("Move item 2 up"), "{}", page.body);
    assert!(page.body.contains("Change the date, place or link"));

    // The opening moves up past the item and its sub-item; it cannot go further.
    let base = format!("/meetings/{id}/agenda/items");
    let moved = manager
        .submit(&format!("{base}/{}/move", ids[2]), &[("direction", "up")])
        .await;
    assert!(moved.body.contains("The item is moved."), "{}", moved.body);
    assert_eq!(
        draft_titles(&mut manager, &id).await,
        [
            "1 Opening",
            "2 Approval of the agenda",
            "2.1 Comments received"
        ]
    );
    let refused = manager
        .submit(&format!("{base}/{}/move", ids[2]), &[("direction", "up")])
        .await;
    assert!(
        refused
            .body
            .contains("This item cannot move further that way"),
        "{}",
        refused.body
    );
    // A sub-item stays among its item's sub-items.
    let refused = manager
        .submit(&format!("{base}/{}/move", ids[1]), &[("direction", "up")])
        .await;
    assert!(refused
        .body
        .contains("This item cannot move further that way"));
    // Changed in place; an empty title is named at the item, nothing changed.
    let emptied = manager
        .submit(
            &format!("{base}/{}", ids[2]),
            &[
                ("title", " "),
                ("description", ""),
                ("outcome", "information"),
            ],
        )
        .await;
    assert!(
        emptied.body.contains("Give this agenda item a title."),
        "{}",
        emptied.body
    );
    let renamed = manager
        .submit(
            &format!("{base}/{}", ids[2]),
            &[
                ("title", "Opening of the meeting"),
                ("description", "By the chair"),
                ("outcome", "information"),
            ],
        )
        .await;
    assert!(
        renamed.body.contains("The item is changed."),
        "{}",
        renamed.body
    );
    assert_eq!(
        draft_titles(&mut manager, &id).await,
        [
            "1 Opening of the meeting",
            "2 Approval of the agenda",
            "2.1 Comments received"
        ]
    );
    // KEBS's officer may do neither.
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    let denied = officer
        .post_form(&format!("{base}/{}/move", ids[0]), &[("direction", "down")])
        .await;
    assert!(denied.status.is_redirection());
    let denied = officer
        .post_form(
            &format!("{base}/{}", ids[0]),
            &[("title", "Hijacked"), ("outcome", "information")],
        )
        .await;
    assert!(denied.status.is_redirection());
    assert_eq!(
        draft_titles(&mut manager, &id).await,
        [
            "1 Opening of the meeting",
            "2 Approval of the agenda",
            "2.1 Comments received"
        ]
    );

    // Rescheduled through the page's form: a new room, the same event, the sequence moved on.
    let sequence = || async {
        app.text(
            "SELECT CAST(sequence AS TEXT) FROM meetings WHERE id = $1",
            &id,
        )
        .await
        .unwrap_or_default()
    };
    let before = sequence().await;
    let current = meeting_json(&mut manager, &id).await["meeting"].clone();
    let local = current["local"].clone();
    assert_eq!(
        local["starts_at"].as_str().map(str::len),
        Some("2027-03-16T09:00".len())
    );
    let path = format!("/meetings/{id}/reschedule");
    let denied = post_reschedule(&mut officer, &path, &local, "Elsewhere", false).await;
    assert!(denied.status.is_redirection());
    assert_eq!(sequence().await, before);
    let refused = post_reschedule(&mut manager, &path, &local, "", true).await;
    assert!(
        refused.body.contains("id=\"reschedule-venue-error\""),
        "{}",
        refused.body
    );
    assert_eq!(sequence().await, before);
    let done = post_reschedule(&mut manager, &path, &local, "IMANOR, Rabat (Hall B)", true).await;
    assert!(
        done.body.contains("The meeting is rescheduled"),
        "{}",
        done.body
    );
    let after = meeting_json(&mut manager, &id).await["meeting"].clone();
    assert_eq!(after["venue"], "IMANOR, Rabat (Hall B)");
    assert_eq!(after["starts_at"], current["starts_at"]);
    assert_ne!(sequence().await, before);
    assert_eq!(
        notifications_of(&mut officer).await.0[0],
        "ARSO/TC 70: “12th plenary meeting” has a new date, place or link."
    );

    // A resolution may point at a ballot of this committee only.
    let published = manager
        .api(
            "POST",
            &format!("/api/v1/meetings/{id}/agenda/publish"),
            Some(json!({})),
            None,
        )
        .await;
    assert_eq!(published.status, 201, "{}", published.body);
    let foreign_ballot = app
        .text(
            "SELECT b.id FROM ballots b JOIN committees c ON c.id = b.committee_id WHERE c.reference = $1",
            "SMIIC/TC 1",
        )
        .await
        .expect("SMIIC's demo ballot");
    let refused = manager
        .submit(
            &format!("/meetings/{id}/resolutions"),
            &[
                ("resolution_title", "Thanks"),
                ("resolution_text", "Thanks."),
                ("agenda_item", ""),
                ("ballot_id", &foreign_ballot),
            ],
        )
        .await;
    assert!(
        refused.body.contains("Choose a ballot of this committee."),
        "{}",
        refused.body
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM resolutions").await, 0);
}

/// Posts the meeting page's reschedule form for the hybrid plenary with its times as they
/// stand (`local`) and another venue; `follow`: as a browser, to the page it leads to.
async fn post_reschedule(
    client: &mut Client,
    path: &str,
    local: &Value,
    venue: &str,
    follow: bool,
) -> common::Reply {
    let time = |name: &str| local[name].as_str().unwrap_or_default().to_string();
    let (starts, ends) = (time("starts_at"), time("ends_at"));
    let fields = [
        ("title", "12th plenary meeting"),
        ("kind", "plenary"),
        ("mode", "hybrid"),
        ("time_zone", "Africa/Casablanca"),
        ("starts_at", starts.as_str()),
        ("ends_at", ends.as_str()),
        ("venue", venue),
        ("join_url", "https://meet.example/tc70-12"),
        ("host", "IMANOR"),
        ("registration_deadline", ""),
    ];
    if follow {
        client.submit(path, &fields).await
    } else {
        client.post_form(path, &fields).await
    }
}

/// Owned (name, value) pairs as a form's fields.
fn form_of(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// Agenda items and resolutions in French and Arabic: given through the API and the page
/// forms, frozen with the published agenda, shown in the reader's language, English marked
/// as such where there is none.
async fn agenda_items_and_resolutions_in_three_languages(app: &TestApp) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let (id, _) = held_yesterday(&mut manager, &tc70).await;
    let agenda = manager
        .api(
            "PUT",
            &format!("/api/v1/meetings/{id}/agenda"),
            Some(json!([
                {"title": "Opening", "title_fr": "Ouverture", "title_ar": "الافتتاح", "outcome": "information"},
                {"title": "New work", "title_fr": " ", "outcome": "decision"}
            ])),
            None,
        )
        .await;
    assert_eq!(agenda.status, 200, "{}", agenda.body);
    let items = agenda.json();
    assert_eq!(items[0]["title_fr"], "Ouverture");
    assert_eq!(
        items[1]["title_fr"],
        Value::Null,
        "a blank translation is none"
    );
    let second = items[1]["id"].as_str().expect("item").to_string();
    // The page form changes an item's Arabic title in place.
    let changed = manager
        .post_form(
            &format!("/meetings/{id}/agenda/items/{second}"),
            &[
                ("title", "New work"),
                ("title_fr", "Travaux nouveaux"),
                ("title_ar", "أعمال جديدة"),
                ("description", ""),
                ("outcome", "decision"),
            ],
        )
        .await;
    assert_eq!(changed.status, 303);
    let published = manager
        .api(
            "POST",
            &format!("/api/v1/meetings/{id}/agenda/publish"),
            Some(json!({"confirm_late": true})),
            None,
        )
        .await;
    assert_eq!(published.status, 201, "{}", published.body);
    // The published (frozen) agenda keeps the translations.
    let detail = meeting_json(&mut manager, &id).await;
    assert_eq!(detail["agenda"][0]["items"][1]["title_ar"], "أعمال جديدة");

    // A resolution through the page form, with its French text only.
    let added = manager
        .post_form(
            &format!("/meetings/{id}/resolutions"),
            &[
                ("resolution_title", "Approval of NWIP 17"),
                ("resolution_text", "The committee approves NWIP 17."),
                ("resolution_title_fr", "Approbation du NWIP 17"),
                ("resolution_text_fr", "Le comité approuve le NWIP 17."),
                ("resolution_title_ar", ""),
                ("resolution_text_ar", ""),
                ("agenda_item", &second),
                ("ballot_id", ""),
            ],
        )
        .await;
    assert_eq!(added.status, 303);
    assert_eq!(
        app.text("SELECT body_fr FROM resolutions WHERE meeting_id = $1", &id)
            .await
            .as_deref(),
        Some("Le comité approuve le NWIP 17.")
    );
    // A too-long translated title is named, and nothing is written.
    let refused = manager
        .api(
            "POST",
            &format!("/api/v1/meetings/{id}/resolutions"),
            Some(json!({"title": "x", "body": "y", "title_ar": "ب".repeat(501)})),
            None,
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("title_ar"), "{}", refused.body);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM resolutions WHERE meeting_id = '{id}'"
        ))
        .await,
        1
    );

    manager.accept_language = Some("fr".into());
    let page = manager.get(&format!("/meetings/{id}")).await;
    for shown in [
        "<span lang=\"fr\" dir=\"ltr\">Ouverture</span>",
        "<span lang=\"fr\" dir=\"ltr\">Travaux nouveaux</span>",
        "<span lang=\"fr\" dir=\"ltr\">Approbation du NWIP 17</span>",
        "<p>Le comité approuve le NWIP 17.</p>",
    ] {
        assert!(page.body.contains(shown), "{shown}: {}", page.body);
    }
    manager.accept_language = Some("ar".into());
    let page = manager.get(&format!("/meetings/{id}")).await;
    for shown in [
        "<span lang=\"ar\" dir=\"rtl\">الافتتاح</span>",
        "<span lang=\"ar\" dir=\"rtl\">أعمال جديدة</span>",
        // No Arabic resolution: the English one, marked.
        "<span lang=\"en\" dir=\"ltr\">Approval of NWIP 17</span> <span class=\"fallback-mark\">(بالإنجليزية)</span>",
        "<div lang=\"en\" dir=\"ltr\" class=\"record-text\"><p>The committee approves NWIP 17.</p>",
    ] {
        assert!(page.body.contains(shown), "{shown}: {}", page.body);
    }
}
