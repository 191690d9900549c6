//! Notifications and their e-mail, pure: the kinds a person can be told about, how each
//! person chooses to be told by e-mail, when a failed message is tried again, when a ballot's
//! "closing soon" reminders are due and when a daily digest is.

/// What a notification is about; each person chooses per kind how e-mail tells them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A ballot opened.
    BallotOpened,
    /// A ballot closes in 7 days or in 48 hours and the member body has not voted.
    BallotClosing,
    /// A ballot closed, with its outcome.
    BallotClosed,
    /// A meeting's agenda was published.
    AgendaPublished,
    /// A published agenda changed.
    AgendaChanged,
    /// A meeting's date, place or link changed.
    MeetingChanged,
    /// A meeting was cancelled.
    MeetingCancelled,
    /// A document was circulated.
    DocumentRegistered,
    /// The secretariat recorded a decision on my comment.
    DispositionRecorded,
    /// I am registered for a meeting.
    RegistrationConfirmed,
}

impl Kind {
    /// Every kind, in the order the settings page lists them.
    pub const ALL: [Kind; 10] = [
        Kind::BallotOpened,
        Kind::BallotClosing,
        Kind::BallotClosed,
        Kind::DocumentRegistered,
        Kind::DispositionRecorded,
        Kind::AgendaPublished,
        Kind::AgendaChanged,
        Kind::MeetingChanged,
        Kind::MeetingCancelled,
        Kind::RegistrationConfirmed,
    ];

    /// The code stored with each notification and used in the API.
    pub fn code(self) -> &'static str {
        match self {
            Kind::BallotOpened => "ballot_opened",
            Kind::BallotClosing => "ballot_closing",
            Kind::BallotClosed => "ballot_closed",
            Kind::AgendaPublished => "agenda_published",
            Kind::AgendaChanged => "agenda_changed",
            Kind::MeetingChanged => "meeting_changed",
            Kind::MeetingCancelled => "meeting_cancelled",
            Kind::DocumentRegistered => "document_registered",
            Kind::DispositionRecorded => "disposition_recorded",
            Kind::RegistrationConfirmed => "registration_confirmed",
        }
    }

    /// The kind of a code.
    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// How a person wants e-mail about one kind of notification.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// One e-mail per notification, at once (the default).
    #[default]
    Immediate,
    /// One e-mail a day listing them.
    Digest,
    /// No e-mail (the portal still lists them).
    Off,
}

impl Mode {
    /// Every mode, in the order the settings page offers them.
    pub const ALL: [Mode; 3] = [Mode::Immediate, Mode::Digest, Mode::Off];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Mode::Immediate => "immediate",
            Mode::Digest => "digest",
            Mode::Off => "off",
        }
    }

    /// The mode of a code.
    pub fn from_code(code: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.code() == code)
    }
}

/// How many times a message is tried before it is given up.
pub const MAX_ATTEMPTS: i64 = 10;

/// After the `attempts`-th failed try, how long to wait before the next one (ms): one minute,
/// doubling each time, at most six hours; `None` once `MAX_ATTEMPTS` have failed.
pub fn retry_after(attempts: i64) -> Option<i64> {
    const MINUTE: i64 = 60_000;
    const CAP: i64 = 6 * 60 * MINUTE;
    if attempts >= MAX_ATTEMPTS {
        return None;
    }
    let exponent = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    Some(MINUTE.saturating_mul(1_i64 << exponent).min(CAP))
}

/// The reminders that a ballot closes soon, sent to member bodies that have not voted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reminder {
    /// Seven days before closing.
    Week,
    /// Forty-eight hours before closing.
    TwoDays,
}

impl Reminder {
    /// Both, the earlier first.
    pub const ALL: [Reminder; 2] = [Reminder::Week, Reminder::TwoDays];

    /// How long before the closing time it is due (ms).
    pub fn before_close(self) -> i64 {
        const HOUR: i64 = 3_600_000;
        match self {
            Reminder::Week => 7 * 24 * HOUR,
            Reminder::TwoDays => 48 * HOUR,
        }
    }

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Reminder::Week => "7d",
            Reminder::TwoDays => "48h",
        }
    }

    /// The message key of its notification.
    pub fn message_key(self) -> &'static str {
        match self {
            Reminder::Week => "notification-ballot-closing-week",
            Reminder::TwoDays => "notification-ballot-closing-days",
        }
    }
}

/// The reminder due now for an open ballot, if any: the latest window the ballot is in, and
/// only a window that began after the ballot opened (a ballot opened five days before it
/// closes gets no "seven days left" reminder, its opening notice said as much). When both are
/// due (the worker was down), only the 48-hour one is sent.
pub fn reminder_due(opens_at: i64, closes_at: i64, now: i64) -> Option<Reminder> {
    if now >= closes_at {
        return None;
    }
    Reminder::ALL.into_iter().rev().find(|r| {
        let starts = closes_at - r.before_close();
        now >= starts && opens_at < starts
    })
}

/// The local hour after which a day's digest is made.
pub const DIGEST_HOUR: u8 = 7;

/// Whether a person's digest for their local day is due: it is `hour` o'clock or later there.
pub fn digest_due(local_hour: u8) -> bool {
    local_hour >= DIGEST_HOUR
}

/// The outbox key of a person's digest for a local day (`2026-11-25`): one per person and day,
/// whichever instance makes it.
pub fn digest_id(user_id: &str, local_day: &str) -> String {
    format!("digest:{user_id}:{local_day}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3_600_000;
    const DAY: i64 = 24 * HOUR;

    #[test]
    fn kinds_and_modes_round_trip_through_their_codes() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_code(kind.code()), Some(kind));
        }
        for mode in Mode::ALL {
            assert_eq!(Mode::from_code(mode.code()), Some(mode));
        }
        assert_eq!(Kind::from_code("digest"), None);
        assert_eq!(Mode::from_code("weekly"), None);
        assert_eq!(Mode::default(), Mode::Immediate);
    }

    #[test]
    fn retries_back_off_doubling_up_to_six_hours_then_stop() {
        let minute = 60_000;
        assert_eq!(retry_after(1), Some(minute));
        assert_eq!(retry_after(2), Some(2 * minute));
        assert_eq!(retry_after(5), Some(16 * minute));
        assert_eq!(retry_after(9), Some(256 * minute));
        assert_eq!(retry_after(MAX_ATTEMPTS), None);
        assert!((1..MAX_ATTEMPTS).all(|a| retry_after(a).is_some_and(|d| d <= 6 * 60 * minute)));
    }

    #[test]
    fn reminders_fall_due_in_their_window_once_the_ballot_opened_before_it() {
        let opens = 0;
        let closes = 30 * DAY;
        // (now, expected)
        let table = [
            (closes - 8 * DAY, None),
            (closes - 7 * DAY, Some(Reminder::Week)),
            (closes - 3 * DAY, Some(Reminder::Week)),
            (closes - 48 * HOUR, Some(Reminder::TwoDays)),
            (closes - HOUR, Some(Reminder::TwoDays)),
            (closes, None),
            (closes + HOUR, None),
        ];
        for (now, expected) in table {
            assert_eq!(reminder_due(opens, closes, now), expected, "now = {now}");
        }
        // Opened five days before closing: no week reminder, the 48-hour one still.
        let opens = closes - 5 * DAY;
        assert_eq!(reminder_due(opens, closes, closes - 4 * DAY), None);
        assert_eq!(
            reminder_due(opens, closes, closes - 24 * HOUR),
            Some(Reminder::TwoDays)
        );
        // Opened a day before closing: none at all.
        assert_eq!(reminder_due(closes - DAY, closes, closes - HOUR), None);
    }

    #[test]
    fn the_digest_is_due_from_seven_in_the_morning_and_keyed_by_person_and_day() {
        assert!(!digest_due(6));
        assert!(digest_due(7));
        assert!(digest_due(23));
        assert_eq!(digest_id("u1", "2026-11-25"), "digest:u1:2026-11-25");
    }
}
