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
