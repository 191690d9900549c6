//! Meetings (shared/DOMAIN.md, "Meetings"): kinds and modes, the notice rules an agenda and
//! its documents must meet (a late agenda is allowed but flagged with the rule it breaks),
//! the deadlines for resolutions and minutes, the records' lifecycle and the resolutions'
//! numbers. Pure rules: no clock, no database.

use crate::model::Message;

/// Milliseconds in a week and an hour.
const WEEK_MS: i64 = 7 * 24 * 3_600_000;
const HOUR_MS: i64 = 3_600_000;

/// What kind of meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MeetingKind {
    /// A TC/SC plenary meeting.
    Plenary,
    /// A working group meeting.
    WorkingGroup,
}

impl MeetingKind {
    /// Every kind.
    pub const ALL: [MeetingKind; 2] = [MeetingKind::Plenary, MeetingKind::WorkingGroup];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            MeetingKind::Plenary => "plenary",
            MeetingKind::WorkingGroup => "wg",
        }
    }

    /// Reads a code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code.trim())
    }
}

/// How people take part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Everyone in the room.
    InPerson,
    /// Everyone online.
    Virtual,
    /// A room and a link.
    Hybrid,
}

impl Mode {
    /// Every mode.
    pub const ALL: [Mode; 3] = [Mode::InPerson, Mode::Virtual, Mode::Hybrid];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Mode::InPerson => "in_person",
            Mode::Virtual => "virtual",
            Mode::Hybrid => "hybrid",
        }
    }

    /// Reads a code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.code() == code.trim())
    }

    /// A venue is needed (in person or hybrid).
    pub fn has_venue(self) -> bool {
        self != Mode::Virtual
    }

    /// A join link is needed (virtual or hybrid).
    pub fn has_link(self) -> bool {
        self != Mode::InPerson
    }
}

/// What an agenda item is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// For information.
    Information,
    /// For discussion.
    Discussion,
    /// For decision.
    Decision,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 3] = [Outcome::Information, Outcome::Discussion, Outcome::Decision];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Information => "information",
            Outcome::Discussion => "discussion",
            Outcome::Decision => "decision",
        }
    }

    /// Reads a code.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.code() == code.trim())
    }
}

/// A body's notice rules for meetings, in weeks (ISO's by default); part of its rule profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct MeetingNotice {
    /// Draft agenda of a TC/SC meeting in person or hybrid.
    pub plenary_agenda: u32,
    /// … of a virtual TC/SC meeting.
    pub plenary_agenda_virtual: u32,
    /// Draft agenda of a WG meeting in person or hybrid.
    pub wg_agenda: u32,
    /// … of a virtual WG meeting.
    pub wg_agenda_virtual: u32,
    /// Documents for decision at a TC/SC meeting.
    pub plenary_documents: u32,
    /// Documents for decision at a WG meeting (4 to 6 weeks: the shorter is the rule).
    pub wg_documents: u32,
    /// Minutes with the attendance list, after the meeting.
    pub minutes: u32,
}

impl MeetingNotice {
    /// The settings as form fields (weeks), in the order the rules form shows them, with
    /// the key of each one's label.
    pub const FIELDS: [(&'static str, &'static str); 7] = [
        ("notice_plenary_agenda", "rules-notice-plenary-agenda"),
        (
            "notice_plenary_agenda_virtual",
            "rules-notice-plenary-agenda-virtual",
        ),
        ("notice_wg_agenda", "rules-notice-wg-agenda"),
        ("notice_wg_agenda_virtual", "rules-notice-wg-agenda-virtual"),
        ("notice_plenary_documents", "rules-notice-plenary-documents"),
        ("notice_wg_documents", "rules-notice-wg-documents"),
        ("notice_minutes", "rules-notice-minutes"),
    ];

    /// (field, weeks) of each setting, in `FIELDS` order.
    pub fn to_fields(&self) -> [(&'static str, u32); 7] {
        let values = [
            self.plenary_agenda,
            self.plenary_agenda_virtual,
            self.wg_agenda,
            self.wg_agenda_virtual,
            self.plenary_documents,
            self.wg_documents,
            self.minutes,
        ];
        let mut out = [("", 0); 7];
        for (slot, ((field, _), value)) in out.iter_mut().zip(Self::FIELDS.iter().zip(values)) {
            *slot = (field, value);
        }
        out
    }

    /// Reads the settings, each through `weeks` (which checks the field and records a
    /// problem with it).
    pub fn from_fields(mut weeks: impl FnMut(&'static str) -> u32) -> MeetingNotice {
        MeetingNotice {
            plenary_agenda: weeks("notice_plenary_agenda"),
            plenary_agenda_virtual: weeks("notice_plenary_agenda_virtual"),
            wg_agenda: weeks("notice_wg_agenda"),
            wg_agenda_virtual: weeks("notice_wg_agenda_virtual"),
            plenary_documents: weeks("notice_plenary_documents"),
            wg_documents: weeks("notice_wg_documents"),
            minutes: weeks("notice_minutes"),
        }
    }
}

impl Default for MeetingNotice {
    fn default() -> Self {
        MeetingNotice {
            plenary_agenda: 16,
            plenary_agenda_virtual: 8,
            wg_agenda: 6,
            wg_agenda_virtual: 4,
            plenary_documents: 6,
            wg_documents: 4,
            minutes: 4,
        }
    }
}

/// Resolutions are circulated within this many hours of the meeting's end.
pub const RESOLUTIONS_HOURS: i64 = 48;

impl MeetingNotice {
    /// Weeks of notice the draft agenda needs.
    pub fn agenda_weeks(&self, kind: MeetingKind, mode: Mode) -> u32 {
        match (kind, mode) {
            (MeetingKind::Plenary, Mode::Virtual) => self.plenary_agenda_virtual,
            (MeetingKind::Plenary, _) => self.plenary_agenda,
            (MeetingKind::WorkingGroup, Mode::Virtual) => self.wg_agenda_virtual,
            (MeetingKind::WorkingGroup, _) => self.wg_agenda,
        }
    }

    /// Weeks before the meeting documents for decision must be registered.
    pub fn documents_weeks(&self, kind: MeetingKind) -> u32 {
        match kind {
            MeetingKind::Plenary => self.plenary_documents,
            MeetingKind::WorkingGroup => self.wg_documents,
        }
    }

    /// The latest instant the agenda may be published on time.
    pub fn agenda_due(&self, kind: MeetingKind, mode: Mode, starts_at: i64) -> i64 {
        starts_at - i64::from(self.agenda_weeks(kind, mode)) * WEEK_MS
    }

    /// The rule a publication at `published_at` breaks, if it is late: the message names the
    /// weeks of notice and how many days were given.
    pub fn late_agenda(
        &self,
        kind: MeetingKind,
        mode: Mode,
        starts_at: i64,
        published_at: i64,
    ) -> Option<Message> {
        (published_at > self.agenda_due(kind, mode, starts_at))
            .then(|| self.late_message(kind, mode, starts_at, published_at))
    }

    /// The sentence naming the notice rule and the days given by a publication at
    /// `published_at` (for an agenda already flagged late).
    pub fn late_message(
        &self,
        kind: MeetingKind,
        mode: Mode,
        starts_at: i64,
        published_at: i64,
    ) -> Message {
        let days = ((starts_at - published_at).max(0)) / (24 * HOUR_MS);
        Message::new(match (kind, mode) {
            (MeetingKind::Plenary, Mode::Virtual) => "meeting-late-plenary-virtual",
            (MeetingKind::Plenary, _) => "meeting-late-plenary",
            (MeetingKind::WorkingGroup, Mode::Virtual) => "meeting-late-wg-virtual",
            (MeetingKind::WorkingGroup, _) => "meeting-late-wg",
        })
        .arg("weeks", self.agenda_weeks(kind, mode).to_string())
        .arg("days", days.to_string())
    }

    /// Whether a document for a decision item, registered at `registered_at`, came too late.
    pub fn document_late(&self, kind: MeetingKind, starts_at: i64, registered_at: i64) -> bool {
        registered_at > starts_at - i64::from(self.documents_weeks(kind)) * WEEK_MS
    }

    /// The minutes are due by then.
    pub fn minutes_due(&self, ends_at: i64) -> i64 {
        ends_at + i64::from(self.minutes) * WEEK_MS
    }
}

/// Whether delegates may register now: until the deadline (or, without one, until the
/// meeting starts), or whenever the manager has reopened registration.
pub fn registration_open(deadline: Option<i64>, reopened: bool, starts_at: i64, now: i64) -> bool {
    reopened
        || match deadline {
            Some(deadline) => now <= deadline,
            None => now < starts_at,
        }
}

/// Resolutions are due by then.
pub fn resolutions_due(ends_at: i64) -> i64 {
    ends_at + RESOLUTIONS_HOURS * HOUR_MS
}

/// A meeting as scheduled, to check.
#[derive(Clone, Debug, Default)]
pub struct Schedule<'a> {
    /// Title.
    pub title: &'a str,
    /// Kind code.
    pub kind: &'a str,
    /// Mode code.
    pub mode: &'a str,
    /// Start, epoch ms (none when it could not be read).
    pub starts_at: Option<i64>,
    /// End, epoch ms.
    pub ends_at: Option<i64>,
    /// Venue.
    pub venue: &'a str,
    /// Join link.
    pub join_url: &'a str,
    /// Registration deadline, epoch ms, if any.
    pub registration_deadline: Option<i64>,
}

/// Checks a schedule: a title, a kind and a mode, an end after the start, a venue for a
/// meeting in a room, a web link for one online, a registration deadline before the start.
/// Every problem with its field.
pub fn check_schedule(s: &Schedule<'_>) -> Result<(), Vec<(&'static str, Message)>> {
    let mut errors = Vec::new();
    if s.title.trim().is_empty() {
        errors.push(("title", Message::new("error-meeting-title")));
    } else if s.title.chars().count() > 300 {
        errors.push(("title", Message::new("error-meeting-title-long")));
    }
    if MeetingKind::from_code(s.kind).is_none() {
        errors.push(("kind", Message::new("error-meeting-kind")));
    }
    let mode = Mode::from_code(s.mode);
    if mode.is_none() {
        errors.push(("mode", Message::new("error-meeting-mode")));
    }
    match (s.starts_at, s.ends_at) {
        (None, _) => errors.push(("starts_at", Message::new("error-meeting-start"))),
        (_, None) => errors.push(("ends_at", Message::new("error-meeting-end"))),
        (Some(start), Some(end)) if end <= start => {
            errors.push(("ends_at", Message::new("error-meeting-end-before-start")))
        }
        _ => {}
    }
    if mode.is_some_and(Mode::has_venue) && s.venue.trim().is_empty() {
        errors.push(("venue", Message::new("error-meeting-venue")));
    }
    let link = s.join_url.trim();
    if mode.is_some_and(Mode::has_link) && link.is_empty() {
        errors.push(("join_url", Message::new("error-meeting-link")));
    } else if !(link.is_empty() || link.starts_with("https://") || link.starts_with("http://")) {
        errors.push(("join_url", Message::new("error-meeting-link-web")));
    }
    if let (Some(deadline), Some(start)) = (s.registration_deadline, s.starts_at) {
        if deadline > start {
            errors.push((
                "registration_deadline",
                Message::new("error-meeting-deadline-after-start"),
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// `Resolution 12/2025`: the committee's resolutions are numbered from 1 each year.
pub fn resolution_reference(number: i64, year: i32) -> String {
    format!("Resolution {number}/{year}")
}

/// The life of minutes and resolutions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordStatus {
    /// Being written by the secretariat.
    Draft,
    /// Sent to the committee for review.
    Circulated,
    /// Approved.
    Approved,
    /// Locked: never changes again; a correction is a new, linked record.
    Locked,
}

impl RecordStatus {
    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            RecordStatus::Draft => "draft",
            RecordStatus::Circulated => "circulated",
            RecordStatus::Approved => "approved",
            RecordStatus::Locked => "locked",
        }
    }

    /// Reads a code.
    pub fn from_code(code: &str) -> Option<Self> {
        [
            RecordStatus::Draft,
            RecordStatus::Circulated,
            RecordStatus::Approved,
            RecordStatus::Locked,
        ]
        .into_iter()
        .find(|s| s.code() == code.trim())
    }

    /// The next step, if there is one.
    pub fn next(self) -> Option<RecordStatus> {
        match self {
            RecordStatus::Draft => Some(RecordStatus::Circulated),
            RecordStatus::Circulated => Some(RecordStatus::Approved),
            RecordStatus::Approved => Some(RecordStatus::Locked),
            RecordStatus::Locked => None,
        }
    }

    /// Whether the text may still change (draft, or back for review comments).
    pub fn editable(self) -> bool {
        matches!(self, RecordStatus::Draft | RecordStatus::Circulated)
    }
}

/// An agenda item as drafted and as frozen in a published version.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AgendaItem {
    /// Stable identifier (across versions).
    pub id: String,
    /// 0 for an item, 1 for a sub-item of the item before.
    pub level: u8,
    /// Title.
    pub title: String,
    /// Title in French (versions frozen before there were translations have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_fr: Option<String>,
    /// Title in Arabic.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_ar: Option<String>,
    /// Short description.
    pub description: String,
    /// Outcome code.
    pub outcome: String,
    /// Linked documents of the register (ids).
    pub documents: Vec<String>,
}

/// The numbers items show: `1`, `1.1`, `1.2`, `2`.
pub fn item_numbers(items: &[AgendaItem]) -> Vec<String> {
    let (mut top, mut sub) = (0u32, 0u32);
    items
        .iter()
        .map(|item| {
            if item.level == 0 || top == 0 {
                top += 1;
                sub = 0;
                top.to_string()
            } else {
                sub += 1;
                format!("{top}.{sub}")
            }
        })
        .collect()
}

/// The order of an agenda's items after moving the one at `at` up or down, given each item's
/// level (0 item, 1 sub-item): an item moves with its sub-items past the neighbouring item
/// and its sub-items; a sub-item moves only among the sub-items of its item. `None` when it
/// cannot move that way (first or last of its kind).
pub fn move_order(levels: &[u8], at: usize, up: bool) -> Option<Vec<usize>> {
    let n = levels.len();
    if at >= n {
        return None;
    }
    // The block that starts at `i`: an item with its sub-items, or one sub-item.
    let block_end = |i: usize| -> usize {
        if levels[i] > 0 {
            i + 1
        } else {
            (i + 1..n).find(|&j| levels[j] == 0).unwrap_or(n)
        }
    };
    let (first, second) = if levels[at] > 0 {
        let other = if up { at.checked_sub(1)? } else { at + 1 };
        if other >= n || levels[other] == 0 {
            return None;
        }
        if up {
            (other..other + 1, at..at + 1)
        } else {
            (at..at + 1, other..other + 1)
        }
    } else if up {
        let previous = (0..at).rev().find(|&j| levels[j] == 0)?;
        (previous..at, at..block_end(at))
    } else {
        let next = block_end(at);
        if next >= n {
            return None;
        }
        (at..next, next..block_end(next))
    };
    let mut order: Vec<usize> = (0..first.start).collect();
    order.extend(second.clone());
    order.extend(first);
    order.extend(second.end..n);
    Some(order)
}

/// How many items differ between two versions of an agenda: added, removed or changed (an
/// item keeps its id across versions; a move to another number is a change).
pub fn items_changed(before: &[AgendaItem], after: &[AgendaItem]) -> usize {
    let numbers_before = item_numbers(before);
    let numbers_after = item_numbers(after);
    let mut changed = 0;
    for (i, item) in after.iter().enumerate() {
        match before.iter().position(|b| b.id == item.id) {
            Some(j) if before[j] == *item && numbers_before[j] == numbers_after[i] => {}
            _ => changed += 1,
        }
    }
    changed
        + before
            .iter()
            .filter(|b| !after.iter().any(|a| a.id == b.id))
            .count()
}

/// The longest minutes or resolution text, in characters.
pub const RECORD_MAX_CHARS: usize = 200_000;

/// A block of minutes as written in the portal's plain markup: `# ` and `## ` headings,
/// `- ` bullets, `1. ` numbered items, paragraphs separated by a blank line. Nothing else is
/// markup: `<script>` is text and stays text (pages render blocks as elements, never HTML).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A heading, level 1 or 2.
    Heading {
        /// 1 or 2.
        level: u8,
        /// Its text.
        text: String,
    },
    /// A paragraph.
    Paragraph {
        /// Its text (lines joined by spaces).
        text: String,
    },
    /// A bulleted list.
    Bullets {
        /// Its items.
        items: Vec<String>,
    },
    /// A numbered list.
    Numbered {
        /// Its items.
        items: Vec<String>,
    },
}

/// Reads minutes written in the portal's plain markup into blocks.
pub fn blocks(source: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, out: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            out.push(Block::Paragraph {
                text: paragraph.join(" "),
            });
            paragraph.clear();
        }
    };
    for raw in source.lines() {
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut paragraph, &mut out);
            continue;
        }
        let numbered = line
            .split_once(". ")
            .filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
            .map(|(_, rest)| rest.trim().to_string());
        let bullet = line
            .strip_prefix("- ")
            .or_else(|| line.strip_prefix("* "))
            .map(|rest| rest.trim().to_string());
        if let Some(text) = line.strip_prefix("## ") {
            flush(&mut paragraph, &mut out);
            out.push(Block::Heading {
                level: 2,
                text: text.trim().to_string(),
            });
        } else if let Some(text) = line.strip_prefix("# ") {
            flush(&mut paragraph, &mut out);
            out.push(Block::Heading {
                level: 1,
                text: text.trim().to_string(),
            });
        } else if let Some(item) = bullet {
            flush(&mut paragraph, &mut out);
            match out.last_mut() {
                Some(Block::Bullets { items }) => items.push(item),
                _ => out.push(Block::Bullets { items: vec![item] }),
            }
        } else if let Some(item) = numbered {
            flush(&mut paragraph, &mut out);
            match out.last_mut() {
                Some(Block::Numbered { items }) => items.push(item),
                _ => out.push(Block::Numbered { items: vec![item] }),
            }
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut out);
    out
}

/// Whether a record in `status` may move to `to` (one step forward only).
pub fn may_advance(status: RecordStatus, to: RecordStatus) -> bool {
    status.next() == Some(to)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    #[test]
    fn moving_items_keeps_their_sub_items() {
        // 1, 1.1, 1.2, 2, 3, 3.1
        let levels = [0, 1, 1, 0, 0, 1];
        let cases: &[(usize, bool, Option<&[usize]>)] = &[
            // Item 2 up: it passes item 1 with both its sub-items.
            (3, true, Some(&[3, 0, 1, 2, 4, 5])),
            // Item 1 down: with its sub-items, past item 2.
            (0, false, Some(&[3, 0, 1, 2, 4, 5])),
            // Item 2 down: past item 3 and its sub-item.
            (3, false, Some(&[0, 1, 2, 4, 5, 3])),
            // The first item cannot go up, the last cannot go down.
            (0, true, None),
            (4, false, None),
            // Sub-items swap among themselves only.
            (2, true, Some(&[0, 2, 1, 3, 4, 5])),
            (1, false, Some(&[0, 2, 1, 3, 4, 5])),
            (1, true, None),
            (2, false, None),
            (5, true, None),
            (5, false, None),
            (6, true, None),
        ];
        for (at, up, expected) in cases {
            assert_eq!(
                move_order(&levels, *at, *up).as_deref(),
                *expected,
                "{at} {up}"
            );
        }
    }

    use super::*;

    const DAY: i64 = 24 * HOUR_MS;

    #[test]
    fn agenda_notice_follows_the_kind_and_the_mode() {
        let n = MeetingNotice::default();
        let start = 1_000 * WEEK_MS;
        assert_eq!(n.agenda_weeks(MeetingKind::Plenary, Mode::Hybrid), 16);
        assert_eq!(n.agenda_weeks(MeetingKind::Plenary, Mode::Virtual), 8);
        assert_eq!(n.agenda_weeks(MeetingKind::WorkingGroup, Mode::InPerson), 6);
        assert_eq!(n.agenda_weeks(MeetingKind::WorkingGroup, Mode::Virtual), 4);
        // Exactly 16 weeks before is on time; a millisecond later is late.
        let due = start - 16 * WEEK_MS;
        assert_eq!(
            n.late_agenda(MeetingKind::Plenary, Mode::Hybrid, start, due),
            None
        );
        let late = n
            .late_agenda(MeetingKind::Plenary, Mode::Hybrid, start, due + 1)
            .unwrap();
        assert_eq!(late.key, "meeting-late-plenary");
        assert_eq!(late.args[0], ("weeks".into(), "16".into()));
        // 10 weeks before a virtual plenary is on time; 10 weeks before a hybrid one is not.
        let ten = start - 10 * WEEK_MS;
        assert_eq!(
            n.late_agenda(MeetingKind::Plenary, Mode::Virtual, start, ten),
            None
        );
        let late = n
            .late_agenda(MeetingKind::Plenary, Mode::Hybrid, start, ten)
            .unwrap();
        assert_eq!(late.args[1], ("days".into(), "70".into()));
    }

    #[test]
    fn documents_for_decisions_and_records_have_deadlines() {
        let n = MeetingNotice::default();
        let start = 1_000 * WEEK_MS;
        assert!(!n.document_late(MeetingKind::Plenary, start, start - 6 * WEEK_MS));
        assert!(n.document_late(MeetingKind::Plenary, start, start - 6 * WEEK_MS + 1));
        assert!(!n.document_late(MeetingKind::WorkingGroup, start, start - 5 * WEEK_MS));
        assert_eq!(resolutions_due(start), start + 2 * DAY);
        assert_eq!(n.minutes_due(start), start + 4 * WEEK_MS);
        // Registration: until the deadline inclusive, else until the start; reopened: always.
        assert!(registration_open(
            Some(start - DAY),
            false,
            start,
            start - DAY
        ));
        assert!(!registration_open(
            Some(start - DAY),
            false,
            start,
            start - DAY + 1
        ));
        assert!(!registration_open(None, false, start, start));
        assert!(registration_open(
            Some(start - DAY),
            true,
            start,
            start + DAY
        ));
    }

    #[test]
    fn a_schedule_names_each_problem() {
        let ok = Schedule {
            title: "12th plenary meeting",
            kind: "plenary",
            mode: "hybrid",
            starts_at: Some(10 * DAY),
            ends_at: Some(11 * DAY),
            venue: "Rabat, IMANOR",
            join_url: "https://meet.example/tc70",
            registration_deadline: Some(5 * DAY),
        };
        assert_eq!(check_schedule(&ok), Ok(()));
        let bad = Schedule {
            title: " ",
            kind: "party",
            ends_at: Some(9 * DAY),
            venue: "",
            join_url: "meet.example",
            registration_deadline: Some(12 * DAY),
            ..ok.clone()
        };
        let fields: Vec<&str> = check_schedule(&bad)
            .unwrap_err()
            .iter()
            .map(|(f, _)| *f)
            .collect();
        assert_eq!(
            fields,
            vec![
                "title",
                "kind",
                "ends_at",
                "venue",
                "join_url",
                "registration_deadline"
            ]
        );
        let virtual_without_link = Schedule {
            mode: "virtual",
            venue: "",
            join_url: "",
            ..ok
        };
        let errors = check_schedule(&virtual_without_link).unwrap_err();
        assert_eq!(errors[0].1.key, "error-meeting-link");
    }

    #[test]
    fn records_go_forward_and_lock() {
        let mut s = RecordStatus::Draft;
        let mut seen = vec![s];
        while let Some(next) = s.next() {
            s = next;
            seen.push(s);
        }
        assert_eq!(seen.len(), 4);
        assert!(!RecordStatus::Approved.editable());
        assert!(!RecordStatus::Locked.editable());
        assert_eq!(resolution_reference(12, 2025), "Resolution 12/2025");
    }

    fn item(id: &str, level: u8, title: &str) -> AgendaItem {
        AgendaItem {
            title_fr: None,
            title_ar: None,
            id: id.into(),
            level,
            title: title.into(),
            description: String::new(),
            outcome: "information".into(),
            documents: vec![],
        }
    }

    #[test]
    fn minutes_markup_gives_blocks_and_nothing_else() {
        let source = "# Minutes of the 12th plenary\n\n## 1 Opening\nThe chair opened\nthe meeting.\n\n- KEBS\n- IMANOR\n1. Agenda approved\n2. Resolutions adopted\n<script>alert(1)</script>";
        let b = blocks(source);
        assert_eq!(b.len(), 6, "{b:?}");
        assert_eq!(
            b[0],
            Block::Heading {
                level: 1,
                text: "Minutes of the 12th plenary".into()
            }
        );
        assert_eq!(
            b[2],
            Block::Paragraph {
                text: "The chair opened the meeting.".into()
            }
        );
        assert_eq!(
            b[3],
            Block::Bullets {
                items: vec!["KEBS".into(), "IMANOR".into()]
            }
        );
        assert_eq!(
            b[4],
            Block::Numbered {
                items: vec!["Agenda approved".into(), "Resolutions adopted".into()]
            }
        );
        // Markup-looking text is text.
        assert_eq!(
            b[5],
            Block::Paragraph {
                text: "<script>alert(1)</script>".into()
            }
        );
        assert!(may_advance(RecordStatus::Draft, RecordStatus::Circulated));
        assert!(!may_advance(RecordStatus::Draft, RecordStatus::Locked));
        assert!(!may_advance(RecordStatus::Locked, RecordStatus::Draft));
    }

    #[test]
    fn agenda_items_are_numbered_and_compared() {
        let v1 = vec![
            item("a", 0, "Opening"),
            item("b", 0, "Work"),
            item("c", 1, "WG 1"),
            item("d", 0, "Close"),
        ];
        assert_eq!(item_numbers(&v1), vec!["1", "2", "2.1", "3"]);
        assert_eq!(items_changed(&v1, &v1), 0);
        // Renamed "WG 1", a new item before "Close", nothing removed: 2 changed, plus
        // "Close" moved from 3 to 4: 3.
        let v2 = vec![
            item("a", 0, "Opening"),
            item("b", 0, "Work"),
            item("c", 1, "WG 1 report"),
            item("e", 0, "Liaisons"),
            item("d", 0, "Close"),
        ];
        assert_eq!(items_changed(&v1, &v2), 3);
        // Removing an item counts too.
        assert_eq!(items_changed(&v1, &v1[..3]), 1);
    }
}
