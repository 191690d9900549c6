//! The permission matrix: every state-changing endpoint of the JSON API, tried by every kind of
//! person, against one table of who may. Each person gets a fresh database with the demo data
//! and the same fixtures in ARSO/TC 70; a request counts as refused when it answers 401, 403 or
//! 404 (what one may not see does not exist), as allowed otherwise (2xx, or a 409/422 about the
//! request itself once the person was let through); a 5xx always fails. The table is printed to
//! `docs/PERMISSIONS.md` (the test fails when that file is stale: run it with
//! `COMITY_WRITE_PERMISSIONS=1` to rewrite it), and an endpoint of the OpenAPI document without a
//! row fails the test. The HTML forms call the same operations as these endpoints.

mod common;

use std::collections::BTreeSet;

use app::server::now_ms;
use common::{rfc3339, Backend, Client, TestApp, DEMO_PASSWORD};
use serde_json::{json, Value};

/// The kinds of person, in the matrix's column order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    SignedOut,
    Stranger,
    Delegate,
    OOfficer,
    POfficer,
    OtherManager,
    Chair,
    OtherBodyAdmin,
    PortalAdmin,
    Manager,
    BodyAdmin,
}
use Role::*;

const ROLES: [Role; 11] = [
    SignedOut,
    Stranger,
    Delegate,
    OOfficer,
    POfficer,
    OtherManager,
    Chair,
    OtherBodyAdmin,
    PortalAdmin,
    Manager,
    BodyAdmin,
];

impl Role {
    /// Column heading, and who plays the part.
    fn describe(self) -> (&'static str, &'static str) {
        match self {
            SignedOut => ("signed out", "nobody signed in"),
            Stranger => ("stranger", "an account with no role anywhere"),
            Delegate => ("delegate", "delegate.eos: EOS's delegate in ARSO/TC 70"),
            OOfficer => (
                "O-member officer",
                "an officer of GSA, O-member of ARSO/TC 70",
            ),
            POfficer => (
                "P-member officer",
                "officer.kebs: officer of KEBS, P-member of ARSO/TC 70",
            ),
            OtherManager => ("manager elsewhere", "the committee manager of ARSO/TC 71"),
            Chair => ("chair", "chair@: chair of ARSO/TC 70"),
            OtherBodyAdmin => ("other body's admin", "an administrator of SMIIC"),
            PortalAdmin => ("portal admin", "admin@: the portal administrator"),
            Manager => ("manager", "manager@: committee manager of ARSO/TC 70"),
            BodyAdmin => ("body admin", "arso.admin@: administrator of ARSO"),
        }
    }

    fn email(self) -> Option<&'static str> {
        match self {
            SignedOut => None,
            Stranger => Some("stranger@matrix.example"),
            Delegate => Some("delegate.eos@comity.example"),
            OOfficer => Some("officer.gsa@matrix.example"),
            POfficer => Some("officer.kebs@comity.example"),
            OtherManager => Some("manager.tc71@matrix.example"),
            Chair => Some("chair@comity.example"),
            OtherBodyAdmin => Some("smiic.admin@matrix.example"),
            PortalAdmin => Some("admin@comity.example"),
            Manager => Some("manager@comity.example"),
            BodyAdmin => Some("arso.admin@comity.example"),
        }
    }
}

const ALL: &[Role] = &ROLES;
const SIGNED_IN: &[Role] = &[
    Stranger,
    Delegate,
    OOfficer,
    POfficer,
    OtherManager,
    Chair,
    OtherBodyAdmin,
    PortalAdmin,
    Manager,
    BodyAdmin,
];
const MANAGERS: &[Role] = &[PortalAdmin, Manager, BodyAdmin];
const BODY_ADMINS: &[Role] = &[PortalAdmin, BodyAdmin];
const ANY_ADMIN: &[Role] = &[OtherBodyAdmin, PortalAdmin, BodyAdmin];
const PORTAL_ADMIN: &[Role] = &[PortalAdmin];
const KEBS_OFFICER: &[Role] = &[POfficer];
const KEBS_OFFICER_OR_ADMIN: &[Role] = &[POfficer, PortalAdmin];
const KEBS_OFFICER_OR_MANAGERS: &[Role] = &[POfficer, PortalAdmin, Manager, BodyAdmin];

/// What a row sends.
enum Body {
    None,
    Json(Value),
    Multipart(Vec<(&'static str, String)>, (&'static str, Vec<u8>)),
}

/// The things in ARSO/TC 70 the rows act on, made afresh for each person.
struct Fixtures {
    tc70: String,
    ballot: String,
    ballot_to_cancel: String,
    document: String,
    comment: String,
    project: String,
    meeting: String,
    meeting_to_cancel: String,
    started_meeting: String,
    registration: String,
    minutes: String,
    chair: String,
    delegate_kebs: String,
    admin_token: String,
    invitation: String,
}

/// One endpoint as tried: its OpenAPI method and path, who may, and the request.
struct Row {
    method: &'static str,
    path: &'static str,
    what: &'static str,
    allowed: &'static [Role],
    request: fn(&Fixtures) -> (String, Body),
}

fn meeting_body(starts: i64) -> Value {
    json!({"title": "Matrix plenary", "kind": "plenary", "mode": "hybrid",
        "time_zone": "Africa/Nairobi", "starts_at": rfc3339(starts),
        "ends_at": rfc3339(starts + 86_400_000), "venue": "KEBS, Nairobi",
        "join_url": "https://meet.example/tc70", "host": "KEBS"})
}

const DAY: i64 = 86_400_000;

/// The table. Rows that change the person's own session come last.
fn rows() -> Vec<Row> {
    vec![
        Row {
            method: "PATCH",
            path: "/api/v1/ballots/{id}",
            what: "move a ballot's closing time",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/ballots/{}", f.ballot),
                    Body::Json(json!({"closes_at": "2099-06-01T12:00:00Z"})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/ballots/{id}/cancel",
            what: "cancel a ballot",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/ballots/{}/cancel", f.ballot_to_cancel),
                    Body::Json(json!({"reason": "Wrong draft."})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/ballots/{id}/close",
            what: "close a ballot",
            allowed: MANAGERS,
            request: |f| (format!("/api/v1/ballots/{}/close", f.ballot), Body::None),
        },
        Row {
            method: "POST",
            path: "/api/v1/ballots/{id}/late-votes",
            what: "record a late vote",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/ballots/{}/late-votes", f.ballot),
                    Body::Json(
                        json!({"member_body": "SON", "vote": {"position": "approve"}, "explanation": "By e-mail in time."}),
                    ),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/ballots/{id}/open",
            what: "open a scheduled ballot now",
            allowed: MANAGERS,
            request: |f| (format!("/api/v1/ballots/{}/open", f.ballot), Body::None),
        },
        Row {
            method: "PUT",
            path: "/api/v1/ballots/{id}/votes/{member_body_code}",
            what: "vote for KEBS",
            allowed: KEBS_OFFICER,
            request: |f| {
                (
                    format!("/api/v1/ballots/{}/votes/KEBS", f.ballot),
                    Body::Json(json!({"position": "approve"})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/bodies",
            what: "register a standards body",
            allowed: PORTAL_ADMIN,
            request: |_| {
                (
                    "/api/v1/bodies".into(),
                    Body::Json(
                        json!({"acronym": "GSO", "name": "GCC Standardization Organization"}),
                    ),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/bodies/{acronym}/committees",
            what: "create an ARSO committee",
            allowed: BODY_ADMINS,
            request: |_| {
                (
                    "/api/v1/bodies/ARSO/committees".into(),
                    Body::Json(
                        json!({"kind": "TC", "number": 80, "title": "Shea butter", "secretariat": "KEBS"}),
                    ),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/bodies/{acronym}/members/{member_body_code}",
            what: "add a member body to ARSO",
            allowed: PORTAL_ADMIN,
            request: |_| {
                (
                    "/api/v1/bodies/ARSO/members/TSE".into(),
                    Body::Json(json!({"category": "observer"})),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/bodies/{acronym}/rules",
            what: "change ARSO's ballot rules",
            allowed: BODY_ADMINS,
            request: |_| {
                (
                    "/api/v1/bodies/ARSO/rules".into(),
                    Body::Json(json!({"family": "iso"})),
                )
            },
        },
        Row {
            method: "PATCH",
            path: "/api/v1/comments/{id}",
            what: "change KEBS's draft comment",
            allowed: KEBS_OFFICER,
            request: |f| {
                (
                    format!("/api/v1/comments/{}", f.comment),
                    Body::Json(json!({"comment": "Changed."})),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/comments/{id}/disposition",
            what: "record the decision on a comment",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/comments/{}/disposition", f.comment),
                    Body::Json(json!({"disposition": "noted"})),
                )
            },
        },
        Row {
            method: "PATCH",
            path: "/api/v1/committees/{id}",
            what: "change ARSO/TC 70's title",
            allowed: BODY_ADMINS,
            request: |f| {
                (
                    format!("/api/v1/committees/{}", f.tc70),
                    Body::Json(json!({"title": "Cannabis and hemp"})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/committees/{id}/ballots",
            what: "open a ballot in ARSO/TC 70",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/committees/{}/ballots", f.tc70),
                    Body::Json(
                        json!({"kind": "CIB", "title": "Matrix", "question": "Agree?", "closes_at": "2099-03-01T12:00:00Z"}),
                    ),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/committees/{id}/documents",
            what: "register a document",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/committees/{}/documents", f.tc70),
                    Body::Multipart(
                        vec![
                            ("title", "Matrix draft".into()),
                            ("kind", "working_draft".into()),
                        ],
                        ("draft.txt", b"Matrix draft text".to_vec()),
                    ),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/committees/{id}/meetings",
            what: "schedule a meeting",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/committees/{}/meetings", f.tc70),
                    Body::Json(meeting_body(now_ms() + 90 * DAY)),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/committees/{id}/members/{member_body_code}",
            what: "make TBS a P-member",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/committees/{}/members/TBS", f.tc70),
                    Body::Json(json!({"status": "P"})),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/committees/{id}/members/{member_body_code}",
            what: "end TBS's membership",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/committees/{}/members/TBS", f.tc70),
                    Body::None,
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/committees/{id}/projects",
            what: "register a project",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/committees/{}/projects", f.tc70),
                    Body::Json(json!({"title": "Hemp fibre"})),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/committees/{id}/roles/{user_id}",
            what: "make the chair an observer too",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/committees/{}/roles/{}", f.tc70, f.chair),
                    Body::Json(json!({"role": "observer"})),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/committees/{id}/roles/{user_id}",
            what: "remove the chair",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/committees/{}/roles/{}?role=chair", f.tc70, f.chair),
                    Body::None,
                )
            },
        },
        Row {
            method: "PATCH",
            path: "/api/v1/documents/{id}",
            what: "rename a document",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/documents/{}", f.document),
                    Body::Json(json!({"title": "Renamed draft"})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/documents/{id}/comments",
            what: "comment for KEBS",
            allowed: KEBS_OFFICER,
            request: |f| {
                (
                    format!("/api/v1/documents/{}/comments", f.document),
                    Body::Json(json!({"member_body": "KEBS", "kind": "ed", "comment": "Typo."})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/documents/{id}/comments/dispositions/import",
            what: "import decisions",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!(
                        "/api/v1/documents/{}/comments/dispositions/import",
                        f.document
                    ),
                    Body::Multipart(vec![], ("decisions.txt", b"not a table".to_vec())),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/documents/{id}/comments/import",
            what: "import KEBS's comments",
            allowed: KEBS_OFFICER,
            request: |f| {
                (
                    format!("/api/v1/documents/{}/comments/import", f.document),
                    Body::Multipart(
                        vec![("member_body", "KEBS".into())],
                        ("comments.txt", b"not a table".to_vec()),
                    ),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/documents/{id}/comments/submit",
            what: "submit KEBS's position",
            allowed: KEBS_OFFICER,
            request: |f| {
                (
                    format!("/api/v1/documents/{}/comments/submit", f.document),
                    Body::Json(json!({"member_body": "KEBS", "seen": []})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/documents/{id}/versions",
            what: "add a version",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/documents/{}/versions", f.document),
                    Body::Multipart(vec![], ("v2.txt", b"Second version".to_vec())),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/invitations/{token}",
            what: "accept an invitation (the link is the authority)",
            allowed: ALL,
            request: |f| {
                (
                    format!("/api/v1/invitations/{}", f.invitation),
                    Body::Json(json!({"password": "a long enough password"})),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/me/notification-settings",
            what: "choose one's e-mail",
            allowed: SIGNED_IN,
            request: |_| {
                (
                    "/api/v1/me/notification-settings".into(),
                    Body::Json(json!({"settings": [{"kind": "ballot_opened", "mode": "digest"}]})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/me/notifications/read",
            what: "mark one's notifications read",
            allowed: SIGNED_IN,
            request: |_| {
                (
                    "/api/v1/me/notifications/read".into(),
                    Body::Json(json!({})),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/me/time-zone",
            what: "set one's time zone",
            allowed: SIGNED_IN,
            request: |_| {
                (
                    "/api/v1/me/time-zone".into(),
                    Body::Json(json!({"time_zone": "Europe/Paris"})),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/meetings/{id}",
            what: "change a meeting",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/meetings/{}", f.meeting),
                    Body::Json(meeting_body(now_ms() + 61 * DAY)),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/meetings/{id}/agenda",
            what: "write the draft agenda",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/meetings/{}/agenda", f.meeting),
                    Body::Json(
                        json!([{"title": "Opening", "outcome": "information"}, {"title": "New work", "outcome": "decision"}]),
                    ),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/meetings/{id}/agenda/publish",
            what: "publish the agenda",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/meetings/{}/agenda/publish", f.meeting),
                    Body::Json(json!({"confirm_late": true})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/meetings/{id}/cancel",
            what: "cancel a meeting",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/meetings/{}/cancel", f.meeting_to_cancel),
                    Body::None,
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/meetings/{id}/minutes",
            what: "write the minutes",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/meetings/{}/minutes", f.started_meeting),
                    Body::Json(json!({"body": "# Minutes, version 2"})),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/meetings/{id}/registration",
            what: "reopen registration",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/meetings/{}/registration", f.meeting),
                    Body::Json(json!({"reopened": true})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/meetings/{id}/registrations",
            what: "register KEBS's delegate",
            allowed: KEBS_OFFICER_OR_MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/meetings/{}/registrations", f.meeting),
                    Body::Json(
                        json!({"member_body": "KEBS", "user_id": f.delegate_kebs, "participation": "remote"}),
                    ),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/meetings/{id}/registrations/{registration}/attendance",
            what: "mark attendance",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!(
                        "/api/v1/meetings/{}/registrations/{}/attendance",
                        f.started_meeting, f.registration
                    ),
                    Body::Json(json!({"attended": true})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/meetings/{id}/resolutions",
            what: "record a resolution",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/meetings/{}/resolutions", f.started_meeting),
                    Body::Json(
                        json!({"title": "Approval", "body": "The committee resolves to approve."}),
                    ),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/member-bodies",
            what: "register a member body",
            allowed: PORTAL_ADMIN,
            request: |_| {
                (
                    "/api/v1/member-bodies".into(),
                    Body::Json(
                        json!({"code": "MSB", "name": "Malawi Bureau of Standards", "country": "MW"}),
                    ),
                )
            },
        },
        Row {
            method: "PUT",
            path: "/api/v1/member-bodies/{code}/roles/{user_id}",
            what: "make someone a KEBS expert",
            allowed: KEBS_OFFICER_OR_ADMIN,
            request: |f| {
                (
                    format!("/api/v1/member-bodies/KEBS/roles/{}", f.chair),
                    Body::Json(json!({"role": "expert"})),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/member-bodies/{code}/roles/{user_id}",
            what: "remove a KEBS expert",
            allowed: KEBS_OFFICER_OR_ADMIN,
            request: |f| {
                (
                    format!("/api/v1/member-bodies/KEBS/roles/{}", f.delegate_kebs),
                    Body::None,
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/projects/{id}/stage",
            what: "move a project's stage",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/projects/{}/stage", f.project),
                    Body::Json(json!({"stage": "40.00", "reason": "CD consensus"})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/tokens",
            what: "make oneself a token",
            allowed: SIGNED_IN,
            request: |_| {
                (
                    "/api/v1/tokens".into(),
                    Body::Json(json!({"name": "matrix"})),
                )
            },
        },
        Row {
            method: "DELETE",
            path: "/api/v1/tokens/{id}",
            what: "revoke the administrator's token",
            allowed: PORTAL_ADMIN,
            request: |f| (format!("/api/v1/tokens/{}", f.admin_token), Body::None),
        },
        Row {
            method: "POST",
            path: "/api/v1/users",
            what: "invite a person",
            allowed: ANY_ADMIN,
            request: |_| {
                (
                    "/api/v1/users".into(),
                    Body::Json(json!({"email": "new@kebs.example", "name": "New Person"})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/{kind}/{id}/status",
            what: "circulate the minutes",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/minutes/{}/status", f.minutes),
                    Body::Json(json!({"status": "circulated"})),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/{kind}/{id}/correction",
            what: "correct locked minutes",
            allowed: MANAGERS,
            request: |f| {
                (
                    format!("/api/v1/minutes/{}/correction", f.minutes),
                    Body::None,
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/auth/login",
            what: "sign in",
            allowed: ALL,
            request: |_| {
                (
                    "/api/v1/auth/login".into(),
                    Body::Json(
                        json!({"email": "delegate.kebs@comity.example", "password": DEMO_PASSWORD}),
                    ),
                )
            },
        },
        Row {
            method: "POST",
            path: "/api/v1/auth/logout",
            what: "sign out",
            allowed: ALL,
            request: |_| ("/api/v1/auth/logout".into(), Body::None),
        },
    ]
}

/// Adds the people the demo lacks, each with the demo password.
async fn add_people(app: &TestApp) {
    let people = [
        ("stranger@matrix.example", "Sam Stranger"),
        ("officer.gsa@matrix.example", "Ama Owusu"),
        ("manager.tc71@matrix.example", "Tendai Moyo"),
        ("smiic.admin@matrix.example", "Elif Kaya"),
    ];
    for (email, name) in people {
        sqlx::query(
            "INSERT INTO users (id, email, name, password_hash, is_portal_admin, created_at) \
             SELECT $1, $2, $3, password_hash, 0, created_at FROM users WHERE email = 'manager@comity.example'",
        )
        .bind(format!("matrix-{email}"))
        .bind(email)
        .bind(name)
        .execute(&app.state.pool)
        .await
        .expect("person added");
    }
    let grants = [
        "INSERT INTO member_body_roles (member_body_id, user_id, role, since) \
         SELECT id, 'matrix-officer.gsa@matrix.example', 'officer', 0 FROM member_bodies WHERE code = 'GSA'",
        "INSERT INTO committee_roles (committee_id, user_id, role, since) \
         SELECT id, 'matrix-manager.tc71@matrix.example', 'committee_manager', 0 FROM committees WHERE reference = 'ARSO/TC 71'",
        "INSERT INTO body_admins (body_id, user_id, since) \
         SELECT id, 'matrix-smiic.admin@matrix.example', 0 FROM bodies WHERE acronym = 'SMIIC'",
    ];
    for sql in grants {
        sqlx::query(sql)
            .execute(&app.state.pool)
            .await
            .expect("role granted");
    }
}

fn id_of(reply: &common::Reply) -> String {
    assert!(reply.status.is_success(), "{} {}", reply.status, reply.body);
    reply.json()["id"].as_str().expect("id").to_string()
}

/// The fixtures, made by the manager, the administrator and KEBS's officer.
async fn prepare(app: &TestApp) -> Fixtures {
    app.with_demo().await;
    add_people(app).await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let mut admin = app.signed_in("admin@comity.example").await;
    let mut kebs = app.signed_in("officer.kebs@comity.example").await;
    let delegate_kebs = app.user_id("delegate.kebs@comity.example").await;
    let chair = app.user_id("chair@comity.example").await;
    let ballot_body = json!({"kind": "CIB", "title": "Meet in Nairobi", "question": "Agree?", "closes_at": "2099-03-01T12:00:00Z"});
    let ballots = format!("/api/v1/committees/{tc70}/ballots");
    let ballot = id_of(
        &manager
            .api("POST", &ballots, Some(ballot_body.clone()), None)
            .await,
    );
    let ballot_to_cancel = id_of(&manager.api("POST", &ballots, Some(ballot_body), None).await);
    // A public enquiry draft, so member-body officers read it and comment.
    let document = id_of(
        &manager
            .upload(
                &format!("/api/v1/committees/{tc70}/documents"),
                &[
                    ("title", "DARS 1"),
                    ("kind", "enquiry_draft"),
                    ("public", "true"),
                ],
                Some(("dars.txt", b"DARS 1 text")),
            )
            .await,
    );
    let comment = id_of(
        &kebs
            .api(
                "POST",
                &format!("/api/v1/documents/{document}/comments"),
                Some(json!({"member_body": "KEBS", "clause": "4", "kind": "te", "comment": "Too wide."})),
                None,
            )
            .await,
    );
    let project = id_of(
        &manager
            .api(
                "POST",
                &format!("/api/v1/committees/{tc70}/projects"),
                Some(json!({"title": "Hemp seed", "stage": "30.99"})),
                None,
            )
            .await,
    );
    let meetings = format!("/api/v1/committees/{tc70}/meetings");
    let meeting = id_of(
        &manager
            .api(
                "POST",
                &meetings,
                Some(meeting_body(now_ms() + 60 * DAY)),
                None,
            )
            .await,
    );
    let meeting_to_cancel = id_of(
        &manager
            .api(
                "POST",
                &meetings,
                Some(meeting_body(now_ms() + 70 * DAY)),
                None,
            )
            .await,
    );
    let started_meeting = id_of(
        &manager
            .api(
                "POST",
                &meetings,
                Some(meeting_body(now_ms() - 3_600_000)),
                None,
            )
            .await,
    );
    let agenda = manager
        .api(
            "PUT",
            &format!("/api/v1/meetings/{meeting}/agenda"),
            Some(json!([{"title": "Opening", "outcome": "information"}])),
            None,
        )
        .await;
    assert!(agenda.status.is_success(), "{}", agenda.body);
    // KEBS's delegate, nominated by the officer; EOS's registered by the manager.
    let nominated = kebs
        .api(
            "PUT",
            &format!("/api/v1/committees/{tc70}/roles/{delegate_kebs}"),
            Some(json!({"role": "delegate"})),
            None,
        )
        .await;
    assert_eq!(nominated.status, 204, "{}", nominated.body);
    let delegate_eos = app.user_id("delegate.eos@comity.example").await;
    let registration = id_of(
        &manager
            .api(
                "POST",
                &format!("/api/v1/meetings/{started_meeting}/registrations"),
                Some(json!({"member_body": "EOS", "user_id": delegate_eos, "participation": "remote"})),
                None,
            )
            .await,
    );
    let minutes = manager
        .api(
            "PUT",
            &format!("/api/v1/meetings/{started_meeting}/minutes"),
            Some(json!({"body": "# Minutes"})),
            None,
        )
        .await;
    assert_eq!(minutes.status, 204, "{}", minutes.body);
    let minutes = app
        .text(
            "SELECT id FROM meeting_minutes WHERE meeting_id = $1",
            &started_meeting,
        )
        .await
        .expect("minutes");
    let admin_token = id_of(
        &admin
            .api(
                "POST",
                "/api/v1/tokens",
                Some(json!({"name": "admin's"})),
                None,
            )
            .await,
    );
    let invited = admin
        .api(
            "POST",
            "/api/v1/users",
            Some(json!({"email": "invited@matrix.example", "name": "Invited Person"})),
            None,
        )
        .await;
    assert_eq!(invited.status, 201, "{}", invited.body);
    let invitation = invited.json()["invitation_token"]
        .as_str()
        .expect("token")
        .to_string();
    Fixtures {
        tc70,
        ballot,
        ballot_to_cancel,
        document,
        comment,
        project,
        meeting,
        meeting_to_cancel,
        started_meeting,
        registration,
        minutes,
        chair,
        delegate_kebs,
        admin_token,
        invitation,
    }
}

async fn send(client: &mut Client, method: &str, path: &str, body: Body) -> common::Reply {
    match body {
        Body::None => client.api(method, path, None, None).await,
        Body::Json(json) => client.api(method, path, Some(json), None).await,
        Body::Multipart(fields, (name, bytes)) => {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            client.upload(path, &fields, Some((name, &bytes))).await
        }
    }
}

/// The mutating operations the OpenAPI document lists.
async fn documented(app: &TestApp) -> BTreeSet<(String, String)> {
    let spec = app
        .client()
        .api("GET", "/api/v1/openapi.json", None, None)
        .await
        .json();
    let mut found = BTreeSet::new();
    for (path, operations) in spec["paths"].as_object().expect("paths") {
        for method in operations.as_object().expect("operations").keys() {
            if ["post", "put", "patch", "delete"].contains(&method.as_str()) {
                found.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    found
}

/// The matrix as Markdown, from the table.
fn matrix(rows: &[Row]) -> String {
    let mut out = String::from(
        "# Who may change what\n\n\
         Generated by `server/tests/permissions.rs` from its table; the test fails when this file is \
         stale (`COMITY_WRITE_PERMISSIONS=1 cargo test -p server --test permissions` rewrites it). \
         Every state-changing endpoint of the JSON API, tried by each kind of person on a fresh \
         database with the demo data (✓ allowed, · refused with 401, 403 or 404). The HTML forms \
         call the same operations.\n\n",
    );
    for role in ROLES {
        let (name, who) = role.describe();
        out.push_str(&format!("- **{name}**: {who}\n"));
    }
    out.push_str("\n| Endpoint | What is tried |");
    for role in ROLES {
        out.push_str(&format!(" {} |", role.describe().0));
    }
    out.push_str("\n|---|---|");
    for _ in ROLES {
        out.push_str(":-:|");
    }
    out.push('\n');
    for row in rows {
        out.push_str(&format!("| `{} {}` | {} |", row.method, row.path, row.what));
        for role in ROLES {
            out.push_str(if row.allowed.contains(&role) {
                " ✓ |"
            } else {
                " · |"
            });
        }
        out.push('\n');
    }
    out
}

async fn walk(backend: Backend) {
    let rows = rows();
    let mut problems = Vec::new();
    for role in ROLES {
        let Some(app) = TestApp::start(backend).await else {
            return;
        };
        let fixtures = prepare(&app).await;
        if role == SignedOut {
            let listed: BTreeSet<(String, String)> = rows
                .iter()
                .map(|r| (r.method.to_string(), r.path.to_string()))
                .collect();
            let documented = documented(&app).await;
            for missing in documented.difference(&listed) {
                problems.push(format!(
                    "{} {}: no row in the permission table",
                    missing.0, missing.1
                ));
            }
            for gone in listed.difference(&documented) {
                problems.push(format!(
                    "{} {}: a row for an endpoint that is not documented",
                    gone.0, gone.1
                ));
            }
        }
        let mut client = match role.email() {
            Some(email) => app.signed_in(email).await,
            None => app.client(),
        };
        for row in &rows {
            let (path, body) = (row.request)(&fixtures);
            let reply = send(&mut client, row.method, &path, body).await;
            let status = reply.status.as_u16();
            let refused = matches!(status, 401 | 403 | 404);
            let expected = row.allowed.contains(&role);
            if status >= 500 || refused == expected {
                problems.push(format!(
                    "{:?} {} {}: expected {}, got {status} {}",
                    role,
                    row.method,
                    path,
                    if expected { "allowed" } else { "refused" },
                    reply.body.chars().take(160).collect::<String>()
                ));
            }
        }
        app.finish().await;
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_by_every_role_sqlite() {
    walk(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_by_every_role_postgres() {
    walk(Backend::Postgres).await;
}

#[test]
fn the_documented_matrix_is_the_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/PERMISSIONS.md");
    let expected = matrix(&rows());
    if std::env::var("COMITY_WRITE_PERMISSIONS").is_ok_and(|v| v == "1") {
        std::fs::write(path, &expected).expect("docs/PERMISSIONS.md written");
    }
    let written = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        written == expected,
        "docs/PERMISSIONS.md is stale: run COMITY_WRITE_PERMISSIONS=1 cargo test -p server --test permissions"
    );
}
