//! Wire types of ballots, votes and results.

use serde::{Deserialize, Serialize};

/// A new ballot.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BallotInput {
    /// `NP`, `CD`, `DIS`, `FDIS`, `SR` or `CIB`.
    #[serde(default)]
    pub kind: String,
    /// Title.
    #[serde(default)]
    pub title: String,
    /// The question put to the member bodies.
    #[serde(default)]
    pub question: String,
    /// The document voted on (required for CD, DIS and FDIS; of the same committee).
    #[serde(default)]
    pub document_id: Option<String>,
    /// When voting opens, RFC 3339; left out (or in the past), now.
    #[serde(default)]
    pub opens_at: Option<String>,
    /// When voting closes, RFC 3339 (`2027-02-17T12:00:00Z`).
    #[serde(default)]
    pub closes_at: String,
}

/// A vote to cast or change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VoteInput {
    /// `approve`, `disapprove`, `abstain` (SR: `confirm`, `revise`, `withdraw`).
    #[serde(default)]
    pub position: String,
    /// Reasons (technical reasons are required to disapprove a DIS or FDIS).
    #[serde(default)]
    pub reasons: Option<String>,
    /// NP: the member body commits to participate.
    #[serde(default)]
    pub commits_to_participate: bool,
    /// NP: the experts it nominates.
    #[serde(default)]
    pub experts: Vec<String>,
}

/// A ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BallotView {
    /// Opaque identifier.
    pub id: String,
    /// The committee.
    pub committee_id: String,
    /// Its reference.
    pub committee_reference: String,
    /// Type code.
    pub kind: String,
    /// The body's name for it (`DARS` for an ARSO enquiry ballot).
    pub kind_name: String,
    /// Title.
    pub title: String,
    /// The question.
    pub question: String,
    /// The document voted on.
    pub document_id: Option<String>,
    /// Opened, epoch milliseconds.
    pub opens_at: i64,
    /// Closes, epoch milliseconds.
    pub closes_at: i64,
    /// `scheduled`, `open`, `closed` or `cancelled`.
    pub status: String,
    /// P-members when it opened.
    pub p_members: i64,
    /// How many member bodies have a current vote.
    pub votes_cast: i64,
    /// Once closed: `approved`, `not_approved`, `consensus_recommended` or
    /// `chair_determination_required`.
    #[serde(default)]
    pub outcome: Option<String>,
    /// Why it was cancelled.
    #[serde(default)]
    pub cancel_reason: Option<String>,
    /// The committee's time zone (IANA name), in which its times are shown and typed.
    #[serde(default)]
    pub time_zone: String,
    /// Shorter than the body's default length for its type (allowed, shown as a warning).
    #[serde(default)]
    pub shorter_than_default: bool,
    /// The body's default length for its type, in weeks.
    #[serde(default)]
    pub default_weeks: u32,
}

/// A member body's vote as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VoteView {
    /// Member body code.
    pub member_body: String,
    /// P or O when the ballot opened.
    pub membership: String,
    /// The position.
    pub position: String,
    /// Reasons given.
    pub reasons: Option<String>,
    /// NP: commits to participate.
    pub commits_to_participate: bool,
    /// NP: nominated experts.
    pub experts: Vec<String>,
    /// Who cast it.
    pub cast_by: Option<String>,
    /// When, epoch milliseconds.
    pub cast_at: i64,
    /// False for a vote replaced by a later one.
    pub current: bool,
}

/// One criterion of a result with its numbers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CriterionView {
    /// What is measured.
    pub name: String,
    /// Whether it is met.
    pub met: bool,
    /// The part.
    pub numerator: u64,
    /// The whole.
    pub denominator: u64,
    /// The threshold as a fraction (`2/3`), when the criterion is a share.
    #[serde(default)]
    pub threshold: Option<String>,
    /// How the share compares with the threshold: `at_least`, `more_than` or `at_most`;
    /// `null` for a count that must reach `denominator` (NP commitments).
    #[serde(default)]
    pub comparison: Option<String>,
}

/// A ballot's result: the outcome once closed, and the counts and criteria as they stand.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BallotResultView {
    /// `open`, `closed` or `cancelled`.
    pub status: String,
    /// `approved`, `not_approved`, `consensus_recommended`, `chair_determination_required`;
    /// `null` while open.
    pub outcome: Option<String>,
    /// SR: the option that carried.
    pub decision: Option<String>,
    /// The counts by position and membership.
    #[cfg_attr(feature = "ssr", schema(value_type = Object))]
    pub counts: serde_json::Value,
    /// Every criterion with its numbers.
    pub criteria: Vec<CriterionView>,
    /// Member bodies with a vote that have not voted.
    pub not_voted: Vec<String>,
}

/// Cancelling a ballot.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CancelInput {
    /// Why (shown to the member bodies and kept in the ballot's history).
    #[serde(default)]
    pub reason: String,
}

/// Changing a ballot: once it is open only its closing time changes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BallotChangesInput {
    /// The new closing time, RFC 3339.
    #[serde(default)]
    pub closes_at: String,
}

/// A time in a zone, as people read it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ZonedText {
    /// IANA name (`Africa/Nairobi`).
    pub zone: String,
    /// `2027-02-17 15:00 (UTC+03:00)`.
    pub text: String,
}

/// An instant in the committee's time zone and, when it is another, the reader's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LocalTime {
    /// Epoch milliseconds.
    pub utc_ms: i64,
    /// In the committee's zone.
    pub committee: ZonedText,
    /// In the reader's own zone, when they chose one that differs.
    pub own: Option<ZonedText>,
}

/// A ballot in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BallotSummary {
    /// The ballot.
    pub ballot: BallotView,
    /// Its closing time as people read it.
    pub closes: LocalTime,
    /// Milliseconds until it closes (negative once past), at the time of the request.
    pub remaining_ms: i64,
    /// Member bodies with a vote.
    pub voters: i64,
}

/// A type of ballot as the creation form offers it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BallotKindChoice {
    /// `DIS`.
    pub code: String,
    /// The body's name (`DARS`).
    pub name: String,
    /// The body's default length in weeks.
    pub weeks: u32,
    /// The proposed closing time, `datetime-local` in the committee's zone.
    pub default_closes: String,
}

/// A committee's ballots, with what the creation form needs when the reader may create them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BallotList {
    /// The committee.
    pub committee_id: String,
    /// Its reference.
    pub committee_reference: String,
    /// Its time zone.
    pub time_zone: String,
    /// This page of ballots, newest first.
    pub ballots: Vec<BallotSummary>,
    /// How many in all.
    pub total: i64,
    /// Page number from 1.
    pub page: i64,
    /// Ballots per page.
    pub per_page: i64,
    /// The reader may create and manage ballots.
    pub can_manage: bool,
    /// Types of ballot (creation form).
    pub kinds: Vec<BallotKindChoice>,
    /// Drafts and other documents a ballot may be on: (id, `N 12 Title`).
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<Vec<String>>))]
    pub documents: Vec<(String, String)>,
    /// Now, `datetime-local` in the committee's zone (the form's opening time).
    pub now_input: String,
}

/// A member body the reader votes for in a ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyVote {
    /// Member body code.
    pub member_body: String,
    /// Its name.
    pub member_body_name: String,
    /// P or O when the ballot opened.
    pub membership: String,
    /// Whether its vote counts in this type of ballot (an O-member on a CD comments only).
    pub entitled: bool,
    /// Its current vote.
    pub current: Option<VoteView>,
    /// When the current vote was cast, as people read it.
    pub cast: Option<LocalTime>,
    /// Its draft comments on the document voted on (not yet submitted).
    pub comment_drafts: i64,
    /// Its comments submitted on the document.
    pub comments_submitted: i64,
}

/// Something that happened to a ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotEventView {
    /// When.
    pub at: LocalTime,
    /// `opened`, `vote_cast`, `vote_changed`, `late_vote_refused`, `closing_changed`, `closed`,
    /// `cancelled`, `reopened`, `scheduled`.
    pub kind: String,
    /// Who (a name), if a person.
    pub actor: Option<String>,
    /// The detail, as recorded.
    pub detail: Option<String>,
}

/// The document a ballot is on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentLink {
    /// Its id.
    pub id: String,
    /// `ARSO/TC 70 N 123`.
    pub number: String,
    /// Title.
    pub title: String,
    /// Title in French, if given.
    pub title_fr: Option<String>,
    /// Title in Arabic, if given.
    pub title_ar: Option<String>,
}

crate::titled!(DocumentLink, title);

/// Everything the ballot page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BallotPage {
    /// The ballot.
    pub ballot: BallotView,
    /// The document voted on.
    pub document: Option<DocumentLink>,
    /// Opens, as people read it.
    pub opens: LocalTime,
    /// Closes, as people read it.
    pub closes: LocalTime,
    /// Milliseconds until it closes, at the time of the request.
    pub remaining_ms: i64,
    /// The positions a member body may take (codes).
    pub positions: Vec<String>,
    /// A disapproval needs technical reasons (DIS, FDIS).
    pub reasons_required: bool,
    /// The result as it stands (the outcome once closed).
    pub result: BallotResultView,
    /// Each member body's current vote, with when it was cast.
    pub votes: Vec<(VoteView, LocalTime)>,
    /// Replaced votes (the committee manager's view).
    pub history: Vec<(VoteView, LocalTime)>,
    /// The member bodies the reader votes for.
    pub my_votes: Vec<MyVote>,
    /// The reader may manage this ballot.
    pub can_manage: bool,
    /// The reader sees every member body's vote and the tally (the manager; everyone once
    /// closed).
    pub sees_votes: bool,
    /// The committee manager may close it now (closing time passed, or every P-member voted).
    pub can_close_now: bool,
    /// Closed internal ballot: a late vote may be recorded.
    pub may_record_late_vote: bool,
    /// What happened (every event for managers; changes of closing time and cancelling for all).
    pub events: Vec<BallotEventView>,
    /// The closing time, `datetime-local` in the committee's zone (the form to move it).
    pub closes_input: String,
    /// Member bodies in the electorate (code, P/O) (the late-vote form).
    pub electorate: Vec<(String, String)>,
}

/// An open ballot a member body of the reader has not voted on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BallotNeedingVote {
    /// The ballot.
    pub ballot: BallotView,
    /// For which member body.
    pub member_body: String,
    /// When it closes.
    pub closes: LocalTime,
    /// Milliseconds left, at the time of the request.
    pub remaining_ms: i64,
}

/// A member body's participation in a committee's ballots over the last 12 months.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ParticipationRow {
    /// Member body code.
    pub member_body: String,
    /// Its name.
    pub name: String,
    /// Its membership now (P, O, or empty when it left).
    pub membership_now: String,
    /// Closed ballots in which it was a P-member.
    pub ballots: u64,
    /// Missed.
    pub missed: u64,
    /// DIS, FDIS and SR ballots missed.
    pub missed_required: u64,
    /// Internal ballots.
    pub internal: u64,
    /// Internal ballots missed.
    pub internal_missed: u64,
    /// Flagged for downgrade to O-member (the committee manager decides).
    pub flagged: bool,
}

/// A committee's participation page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ParticipationView {
    /// The committee.
    pub committee_id: String,
    /// Its reference.
    pub committee_reference: String,
    /// From (epoch ms): 12 months before the request.
    pub since: i64,
    /// One row per member body that was a P-member in a closed ballot, flagged first.
    pub rows: Vec<ParticipationRow>,
}

/// Recording a late vote on a closed internal ballot (the committee manager re-opens it for
/// that vote; recorded).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LateVoteInput {
    /// Member body code.
    #[serde(default)]
    pub member_body: String,
    /// The vote.
    #[serde(default)]
    pub vote: VoteInput,
    /// Why it is recorded late (kept in the ballot's history).
    #[serde(default)]
    pub explanation: String,
}

/// A body's ballot rules: its profile as form fields, and whether the reader may change them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesView {
    /// The body's acronym.
    pub acronym: String,
    /// The reader may change them (the body's administrators).
    pub can_edit: bool,
    /// (field, value) as `domain::ballots::RULE_FIELDS` names them.
    pub fields: Vec<(String, String)>,
}

impl RulesView {
    /// The value of one field.
    pub fn value(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}
