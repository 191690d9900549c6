//! Wire types of the audit trail.

use serde::{Deserialize, Serialize};

/// One event of the audit trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AuditEventView {
    /// Its place in the chain, from 1.
    pub seq: i64,
    /// When, epoch milliseconds.
    pub at: i64,
    /// When, `2027-02-17 12:00 UTC`.
    pub when: String,
    /// Who acted (their name), if a person.
    pub actor: Option<String>,
    /// The committee it concerns.
    pub committee_id: Option<String>,
    /// `vote_cast`, `vote_changed`, `ballot_opened`, `ballot_closed`, `ballot_reopened`,
    /// `membership_changed`, `role_changed`, `document_registered`, `document_version`,
    /// `agenda_published`, `minutes_locked`, `resolution_locked`, …
    pub kind: String,
    /// What it is about.
    pub subject: String,
    /// Before.
    pub before: Option<String>,
    /// After.
    pub after: Option<String>,
    /// Its hash (SHA-256, hex), which the next event includes.
    pub hash: String,
}

/// Whether the chain is intact, or where it breaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ChainCheck {
    /// Every event follows the one before and matches its hash.
    pub intact: bool,
    /// Events checked.
    pub events: i64,
    /// The first event that does not hold (its place in the chain).
    pub broken_at: Option<i64>,
    /// Why: `altered` (its fields no longer match its hash), `unlinked` (it does not follow
    /// the event before), `missing` (an event was removed).
    pub reason: Option<String>,
}

/// A page of the audit trail, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AuditPage {
    /// The committee, when the page is one committee's.
    pub committee_id: Option<String>,
    /// The events.
    pub events: Vec<AuditEventView>,
    /// Where the next page starts (`?before=`), if there is one.
    pub next_before: Option<i64>,
    /// The chain check (the whole trail, for portal administrators only).
    pub chain: Option<ChainCheck>,
}
