//! Wire types of the dashboard: what needs the reader, by their roles.

use serde::{Deserialize, Serialize};

use super::BallotNeedingVote;

/// One thing to do, with where it is done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WorkItem {
    /// The committee's reference, or the document's number.
    pub reference: String,
    /// The document's or meeting's title.
    pub title: String,
    /// The member body concerned (comments to consolidate).
    pub member_body: Option<String>,
    /// How many (comments).
    pub count: Option<i64>,
    /// By when, in the host's zone (`2027-02-17 15:00 (UTC+03:00)`).
    pub due: Option<String>,
    /// The time has passed.
    pub overdue: bool,
    /// Where the action is (a portal path).
    pub link: String,
}

/// Everything that needs the reader, each list most urgent first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Dashboard {
    /// Open ballots a member body the reader is an officer of has not voted on.
    pub ballots: Vec<BallotNeedingVote>,
    /// Drafts with comments of the reader's member body to consolidate and submit.
    pub comments_to_consolidate: Vec<WorkItem>,
    /// Drafts with submitted comments awaiting the secretariat's decision.
    pub dispositions_to_record: Vec<WorkItem>,
    /// Meetings whose agenda is due under the body's notice rules (or late already).
    pub agendas_due: Vec<WorkItem>,
    /// Meetings whose minutes are due or overdue.
    pub minutes_due: Vec<WorkItem>,
    /// Meetings whose registration closes soon.
    pub registrations_closing: Vec<WorkItem>,
}

impl Dashboard {
    /// Nothing needs the reader.
    pub fn is_empty(&self) -> bool {
        self.ballots.is_empty()
            && self.comments_to_consolidate.is_empty()
            && self.dispositions_to_record.is_empty()
            && self.agendas_due.is_empty()
            && self.minutes_due.is_empty()
            && self.registrations_closing.is_empty()
    }
}
