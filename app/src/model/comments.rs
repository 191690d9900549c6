//! Wire types of comments on drafts.

use serde::{Deserialize, Serialize};

/// A comment to write or change (one row of the 8-column template; MB/NC is the member body).
/// Changing, a cell left out keeps its value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommentInput {
    /// The member body the comment is for (its code); left out, the author's member body that
    /// takes part in the committee.
    #[serde(default)]
    pub member_body: Option<String>,
    /// Line number.
    #[serde(default)]
    pub line: Option<String>,
    /// Clause/subclause (`5.2`, `A.1`, empty or `General`).
    #[serde(default)]
    pub clause: Option<String>,
    /// Paragraph/figure/table.
    #[serde(default)]
    pub paragraph: Option<String>,
    /// `ge`, `te` or `ed`.
    #[serde(default)]
    pub kind: Option<String>,
    /// The comment.
    #[serde(default)]
    pub comment: Option<String>,
    /// The proposed change.
    #[serde(default)]
    pub proposed_change: Option<String>,
    /// Changing: the version the person saw (a comment changed meanwhile is not overwritten).
    #[serde(default)]
    pub version: Option<i64>,
    /// Changing: the officer leaves it out of the national position (`true`) or takes it back.
    #[serde(default)]
    pub dropped: Option<bool>,
}

/// A comment as listed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommentView {
    /// Identifier.
    pub id: String,
    /// MB/NC: the member body's code.
    pub member_body: String,
    /// Who wrote it.
    pub author: Option<String>,
    /// Line number.
    pub line: String,
    /// Clause/subclause.
    pub clause: String,
    /// Paragraph/figure/table.
    pub paragraph: String,
    /// `ge`, `te` or `ed`.
    pub kind: String,
    /// The comment.
    pub comment: String,
    /// The proposed change.
    pub proposed_change: String,
    /// The secretariat's observations.
    pub observations: Option<String>,
    /// `accepted`, `accepted_in_principle`, `not_accepted`, `noted`, or none yet.
    pub disposition: Option<String>,
    /// `draft`, `dropped` or `submitted`.
    pub status: String,
    /// Grows with each change; send it back when changing.
    pub version: i64,
}

/// Comments of a document: a member body's own (all statuses), or the compiled submitted ones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommentList {
    /// The document.
    pub document_id: String,
    /// The member body whose comments these are, or none for the compiled table.
    pub member_body: Option<String>,
    /// The comments, in clause order.
    pub comments: Vec<CommentView>,
    /// How many in all (this filter).
    pub total: i64,
    /// How many have a disposition.
    pub resolved: i64,
    /// Page from 1.
    pub page: i64,
    /// Rows per page.
    pub per_page: i64,
}

/// A comment the officer saw, at the version they saw it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SeenComment {
    /// Comment id.
    pub id: String,
    /// Its version then.
    pub version: i64,
}

/// Submitting a member body's national position on a document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SubmitCommentsInput {
    /// The member body (code).
    #[serde(default)]
    pub member_body: String,
    /// The draft comments the officer saw, each at its version: if any changed, or another
    /// was added, nothing is submitted and the conflict is reported.
    #[serde(default)]
    pub seen: Vec<SeenComment>,
}

/// The secretariat's decision on a submitted comment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DispositionInput {
    /// `accepted`, `accepted_in_principle`, `not_accepted` or `noted`.
    #[serde(default)]
    pub disposition: String,
    /// Observations of the secretariat.
    #[serde(default)]
    pub observations: Option<String>,
}

/// A member body's own comments on a document, as its people see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberBodyComments {
    /// Its code.
    pub member_body: String,
    /// The reader is its officer (consolidates and submits).
    pub is_officer: bool,
    /// It has submitted its national position.
    pub submitted: bool,
    /// The ballot its comments were submitted with, if they were.
    pub with_ballot: Option<String>,
    /// Its comments (drafts, left out, submitted), in clause order.
    pub comments: Vec<CommentView>,
}

/// Everything the comments page of a document shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentsPage {
    /// The document.
    pub document_id: String,
    /// Its number (`ARSO/TC 70 N 12`).
    pub number: String,
    /// Its title.
    pub title: String,
    /// Its title in French, if given.
    pub title_fr: Option<String>,
    /// Its title in Arabic, if given.
    pub title_ar: Option<String>,
    /// Its committee.
    pub committee_id: String,
    /// The member bodies the reader comments for.
    pub mine: Vec<MemberBodyComments>,
    /// The compiled submitted comments (filtered).
    pub compiled: CommentList,
    /// The member bodies that submitted (for the filter).
    pub submitters: Vec<String>,
    /// The reader records dispositions.
    pub can_compile: bool,
    /// The ballot the draft is under now, if any (comments submitted meanwhile go with the
    /// member body's vote): its id and type.
    pub open_ballot: Option<(String, String)>,
    /// The audit trail as the reader may see it, newest first.
    pub history: Vec<CommentEvent>,
}

/// An entry of the comments' audit trail.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentEvent {
    /// When, epoch ms.
    pub at: i64,
    /// When, in the reader's time zone.
    pub when: String,
    /// Who.
    pub actor: Option<String>,
    /// Whose comments (none: the secretariat's work).
    pub member_body: Option<String>,
    /// `created`, `edited`, `dropped`, `restored`, `imported`, `submitted`, `disposition`,
    /// `dispositions_imported`.
    pub action: String,
    /// A count or a decision code.
    pub detail: String,
    /// The comment's clause, when about one.
    pub clause: Option<String>,
}

/// A problem with one row of an imported file, or with the whole file (no row).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    /// The row's number as the spreadsheet (or the Word table) shows it.
    pub row: Option<u32>,
    /// The column's heading as written in the file.
    pub column: Option<String>,
    /// The field (`kind`, `comment`, …, or `file`).
    pub field: String,
    /// What is wrong and what to do.
    pub message: super::Message,
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ImportReport {
    /// Data rows read from the file.
    pub rows: u32,
    /// Rows imported (comments written, or decisions recorded).
    pub imported: u32,
    /// Rows left out because of their problems (only when the valid rows were asked for).
    pub skipped: u32,
    /// The problems of the rows left out.
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<Object>))]
    pub problems: Vec<RowProblem>,
}

crate::titled!(CommentsPage, title);
