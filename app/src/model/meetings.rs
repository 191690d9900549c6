//! Wire types of meetings.

use serde::{Deserialize, Serialize};

/// A meeting to schedule (or reschedule).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MeetingInput {
    /// Title and number, e.g. "12th plenary meeting".
    #[serde(default)]
    pub title: String,
    /// `plenary` or `wg`.
    #[serde(default)]
    pub kind: String,
    /// `in_person`, `virtual` or `hybrid`.
    #[serde(default)]
    pub mode: String,
    /// The host's IANA time zone (left out: the committee's).
    #[serde(default)]
    pub time_zone: Option<String>,
    /// Start: RFC 3339, or a wall-clock time read in `time_zone`.
    #[serde(default)]
    pub starts_at: String,
    /// End, the same way.
    #[serde(default)]
    pub ends_at: String,
    /// Venue (in person, hybrid).
    #[serde(default)]
    pub venue: String,
    /// Join link (virtual, hybrid).
    #[serde(default)]
    pub join_url: String,
    /// Host member body (code).
    #[serde(default)]
    pub host: Option<String>,
    /// Registration deadline, the same way as the start (optional).
    #[serde(default)]
    pub registration_deadline: Option<String>,
}

/// A meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MeetingView {
    /// Identifier.
    pub id: String,
    /// Committee.
    pub committee_id: String,
    /// `ARSO/TC 70`.
    pub committee_reference: String,
    /// Title.
    pub title: String,
    /// `plenary` / `wg`.
    pub kind: String,
    /// `in_person` / `virtual` / `hybrid`.
    pub mode: String,
    /// The host's zone.
    pub time_zone: String,
    /// Start, epoch ms.
    pub starts_at: i64,
    /// End, epoch ms.
    pub ends_at: i64,
    /// Start in the host's zone, `2027-03-16 09:00 (UTC+01:00)`.
    pub starts: String,
    /// End in the host's zone.
    pub ends: String,
    /// Venue.
    pub venue: String,
    /// Join link.
    pub join_url: String,
    /// Host member body code.
    pub host: Option<String>,
    /// Registration deadline, epoch ms.
    pub registration_deadline: Option<i64>,
    /// Registration is open now.
    pub registration_open: bool,
    /// The meeting has begun (attendance may be marked).
    pub started: bool,
    /// `scheduled` or `cancelled`.
    pub status: String,
    /// The draft agenda is due by then (the body's notice rule), epoch ms.
    pub agenda_due: i64,
    /// iCalendar SEQUENCE.
    pub sequence: i64,
    /// Its times as wall-clock values in the host's zone (`2027-03-16T09:00`), as the
    /// schedule form takes them.
    pub local: LocalInputs,
}

/// A meeting's times as `datetime-local` values in the host's zone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct LocalInputs {
    /// Start.
    pub starts_at: String,
    /// End.
    pub ends_at: String,
    /// Registration deadline (empty when none).
    pub registration_deadline: String,
}

/// An agenda item as the manager drafts it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AgendaItemInput {
    /// Keep it across versions (left out: a new item).
    #[serde(default)]
    pub id: Option<String>,
    /// 0 for an item, 1 for a sub-item of the item before.
    #[serde(default)]
    pub level: u8,
    /// Title (English, the reference text).
    #[serde(default)]
    pub title: String,
    /// Title in French (optional).
    #[serde(default)]
    pub title_fr: Option<String>,
    /// Title in Arabic (optional).
    #[serde(default)]
    pub title_ar: Option<String>,
    /// Short description.
    #[serde(default)]
    pub description: String,
    /// `information`, `discussion` or `decision`.
    #[serde(default)]
    pub outcome: String,
    /// Documents of the committee's register (ids).
    #[serde(default)]
    pub documents: Vec<String>,
}

/// An agenda item as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AgendaItemView {
    /// Stable id.
    pub id: String,
    /// `1`, `1.1`, `2`.
    pub number: String,
    /// 0 or 1.
    pub level: u8,
    /// Title (English).
    pub title: String,
    /// Title in French, if given.
    pub title_fr: Option<String>,
    /// Title in Arabic, if given.
    pub title_ar: Option<String>,
    /// Description.
    pub description: String,
    /// Outcome code.
    pub outcome: String,
    /// Its documents.
    pub documents: Vec<AgendaDocument>,
}

/// A document linked from an agenda item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AgendaDocument {
    /// Id.
    pub id: String,
    /// `ARSO/TC 70 N 12`.
    pub number: String,
    /// Title.
    pub title: String,
    /// Registered less than the notice period before the meeting, for a decision item.
    pub late: bool,
}

/// A published version of the agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AgendaVersionView {
    /// 1, 2, …
    pub version: i64,
    /// Items changed since the version before (all of them for version 1).
    pub items_changed: i64,
    /// Published, epoch ms.
    pub published_at: i64,
    /// Published, in the host's zone.
    pub published: String,
    /// By whom.
    pub published_by: Option<String>,
    /// The notice rule it broke, in the reader's language, when late.
    pub late_rule: Option<String>,
    /// Its items.
    pub items: Vec<AgendaItemView>,
}

/// Publishing the drafted agenda.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PublishInput {
    /// Publish even though it is late (after the warning).
    #[serde(default)]
    pub confirm_late: bool,
}

/// Registering a delegate.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RegistrationInput {
    /// The member body (code).
    #[serde(default)]
    pub member_body: String,
    /// The delegate (a person the member body nominated to the committee).
    #[serde(default)]
    pub user_id: String,
    /// Head of delegation.
    #[serde(default)]
    pub head_of_delegation: bool,
    /// `in_person` or `remote`.
    #[serde(default)]
    pub participation: String,
}

/// A registered delegate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RegistrationView {
    /// Identifier.
    pub id: String,
    /// Member body code.
    pub member_body: String,
    /// The delegate.
    pub user_id: String,
    /// Their name.
    pub name: String,
    /// Head of delegation.
    pub head_of_delegation: bool,
    /// `in_person` or `remote`.
    pub participation: String,
    /// Attended (unknown until marked).
    pub attended: Option<bool>,
}

/// Marking attendance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AttendanceInput {
    /// Attended.
    #[serde(default)]
    pub attended: bool,
}

/// A meeting with its agenda and registrations, as the reader may see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MeetingDetail {
    /// The meeting.
    pub meeting: MeetingView,
    /// Published versions, newest first.
    pub agenda: Vec<AgendaVersionView>,
    /// The drafted agenda (the committee manager only).
    pub draft: Option<Vec<AgendaItemView>>,
    /// Publishing the draft now would be late: the rule it would break (the manager only).
    pub late_warning: Option<String>,
    /// Registrations: all for the manager, the own member bodies' for officers, one's own
    /// for a delegate.
    pub registrations: Vec<RegistrationView>,
    /// The reader manages the meeting.
    pub can_manage: bool,
    /// The delegates the reader may register: (member body code, user id, name).
    pub delegates: Vec<(String, String, String)>,
    /// The committee's documents an agenda item may link (the manager): (id, number, title).
    pub documents: Vec<(String, String, String)>,
    /// Minutes and resolutions (drafts for the manager only).
    pub records: MeetingRecords,
    /// The committee's ballots a resolution may point at (the manager): (id, title).
    pub ballots: Vec<(String, String)>,
}

/// The meetings page of a committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingsPage {
    /// Committee.
    pub committee_id: String,
    /// `ARSO/TC 70`.
    pub committee_reference: String,
    /// The committee's zone (the schedule form's default).
    pub time_zone: String,
    /// Upcoming meetings.
    pub upcoming: MeetingList,
    /// Past meetings.
    pub past: MeetingList,
    /// The reader schedules meetings.
    pub can_manage: bool,
}

/// A page of a committee's meetings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MeetingList {
    /// The meetings.
    pub meetings: Vec<MeetingView>,
    /// How many in all.
    pub total: i64,
    /// Page from 1.
    pub page: i64,
}

/// Minutes or a resolution as shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RecordView {
    /// Identifier.
    pub id: String,
    /// `Resolution 3/2026` (empty for minutes).
    pub reference: String,
    /// Title (resolutions; English, the reference text).
    pub title: String,
    /// The text as written (the portal's plain markup).
    pub body: String,
    /// The resolution in French and Arabic, where given (title, text).
    #[serde(default, flatten)]
    pub translations: RecordTranslations,
    /// The text as blocks (headings, paragraphs, lists) to show.
    #[cfg_attr(feature = "ssr", schema(value_type = Vec<Object>))]
    pub blocks: Vec<crate::domain::meetings::Block>,
    /// `draft`, `circulated`, `approved` or `locked`.
    pub status: String,
    /// The record this one corrects.
    pub corrects: Option<String>,
    /// The agenda item's number and title (resolutions).
    pub agenda_item: Option<String>,
    /// The ballot (resolutions).
    pub ballot_id: Option<String>,
    /// Circulated on time (by the deadline), once circulated.
    pub on_time: Option<bool>,
}

/// The minutes and resolutions of a meeting, with their deadlines.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MeetingRecords {
    /// Minutes (the latest last; corrections follow what they correct).
    pub minutes: Vec<RecordView>,
    /// The attendance list that goes with the minutes (once there are minutes to read): the
    /// delegates marked present, by member body.
    pub attendance: Vec<AttendanceLine>,
    /// Resolutions by number.
    pub resolutions: Vec<RecordView>,
    /// Minutes are due by then (4 weeks after the end), in the host's zone.
    pub minutes_due: String,
    /// Resolutions are due by then (48 hours after the end), in the host's zone.
    pub resolutions_due: String,
}

/// Writing minutes or a resolution.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RecordInput {
    /// Title (resolutions).
    #[serde(default)]
    pub title: String,
    /// Text: `# ` and `## ` headings, `- ` and `1. ` lists, blank lines between paragraphs.
    #[serde(default)]
    pub body: String,
    /// The resolution's title and text in French and Arabic (optional).
    #[serde(default, flatten)]
    pub translations: RecordTranslations,
    /// The agenda item (resolutions): its id in the published agenda.
    #[serde(default)]
    pub agenda_item: Option<String>,
    /// The ballot (resolutions).
    #[serde(default)]
    pub ballot_id: Option<String>,
}

/// Moving a record on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StatusInput {
    /// `circulated`, `approved` or `locked` (one step at a time).
    #[serde(default)]
    pub status: String,
}

/// A delegate present at the meeting, as the minutes' attendance list shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AttendanceLine {
    /// Member body code.
    pub member_body: String,
    /// The delegate's name.
    pub name: String,
    /// Head of delegation.
    pub head_of_delegation: bool,
    /// `in_person` or `remote`.
    pub participation: String,
}

crate::titled!(AgendaItemView, title);

/// A resolution's title and text in the portal's other languages (each optional; English is
/// the reference text).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct RecordTranslations {
    /// Title in French.
    #[serde(default)]
    pub title_fr: Option<String>,
    /// Title in Arabic.
    #[serde(default)]
    pub title_ar: Option<String>,
    /// Text in French.
    #[serde(default)]
    pub body_fr: Option<String>,
    /// Text in Arabic.
    #[serde(default)]
    pub body_ar: Option<String>,
}

impl crate::domain::locale::Titled for RecordView {
    fn titles(&self) -> (&str, Option<&str>, Option<&str>) {
        let t = &self.translations;
        (&self.title, t.title_fr.as_deref(), t.title_ar.as_deref())
    }
}

impl RecordView {
    /// The text in `locale`, or in English, with the language it is in.
    pub fn body_in(
        &self,
        locale: crate::domain::locale::Locale,
    ) -> (&str, crate::domain::locale::Locale) {
        let t = &self.translations;
        crate::domain::locale::pick(
            locale,
            &self.body,
            t.body_fr.as_deref(),
            t.body_ar.as_deref(),
        )
    }
}
