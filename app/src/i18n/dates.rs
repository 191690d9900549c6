//! Dates and times as each language writes them.
//!
//! The server works out wall-clock times in a zone (`server::time`, with the IANA database) and
//! sends them in one language-neutral form, which is also what the JSON API returns:
//! `2027-02-17 15:00 (UTC+03:00)` (a time in a zone), `2027-02-17 15:00 UTC` (a record's time)
//! or `2027-02-17` (a day). Pages and messages show them in the reader's language with this
//! module, which is pure and compiled into the WASM too, so hydration shows the same text:
//! `17 Feb 2027, 15:00 (UTC+03:00)`, `17 févr. 2027 à 15:00 (UTC+03:00)`,
//! `17 فبراير 2027، 15:00 (UTC+03:00)`. Digits stay Western in Arabic, as in the Maghreb and in
//! the standards bodies' own documents; the offset is always shown, so nobody mistakes the zone.

use crate::domain::locale::Locale;

/// A wall-clock date, with the time and the offset from UTC when there are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    /// Year.
    pub year: i64,
    /// 1–12.
    pub month: u8,
    /// 1–31.
    pub day: u8,
    /// Hour and minute, if a time.
    pub time: Option<(u8, u8)>,
    /// The zone's offset from UTC, as written (`UTC+03:00`, or `UTC`).
    pub offset: Option<Offset>,
}

/// How a time's zone is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offset {
    /// `UTC` (records' times).
    Utc,
    /// `(UTC+03:00)`: minutes east of UTC.
    Minutes(i32),
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_FR: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];
const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

fn number<T: std::str::FromStr>(text: &str, digits: usize) -> Option<T> {
    (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

impl Civil {
    /// Reads the server's neutral form (see the module's documentation); anything else is
    /// `None`, and is then shown as it is.
    pub fn parse(text: &str) -> Option<Civil> {
        let text = text.trim();
        let (date, rest) = text.split_at_checked(10)?;
        let mut parts = date.split('-');
        let year = number(parts.next()?, 4)?;
        let month: u8 = number(parts.next()?, 2)?;
        let day: u8 = number(parts.next()?, 2)?;
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let mut civil = Civil {
            year,
            month,
            day,
            time: None,
            offset: None,
        };
        if rest.is_empty() {
            return Some(civil);
        }
        let rest = rest.strip_prefix(' ')?;
        let (clock, zone) = rest.split_at_checked(5)?;
        let (hour, minute) = clock.split_once(':')?;
        let (hour, minute): (u8, u8) = (number(hour, 2)?, number(minute, 2)?);
        if hour > 23 || minute > 59 {
            return None;
        }
        civil.time = Some((hour, minute));
        civil.offset = match zone {
            "" => None,
            " UTC" => Some(Offset::Utc),
            _ => {
                let inner = zone.strip_prefix(" (UTC")?.strip_suffix(')')?;
                let sign = match inner.get(..1)? {
                    "+" => 1,
                    "-" => -1,
                    _ => return None,
                };
                let (h, m) = inner.get(1..)?.split_once(':')?;
                let (h, m): (i32, i32) = (number(h, 2)?, number(m, 2)?);
                Some(Offset::Minutes(sign * (h * 60 + m)))
            }
        };
        Some(civil)
    }

    /// The UTC date and time of epoch milliseconds (Howard Hinnant's civil-from-days).
    pub fn utc(ms: i64) -> Civil {
        let secs = ms.div_euclid(1000);
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        Civil {
            year: yoe + era * 400 + i64::from(month <= 2),
            month: month as u8,
            day: day as u8,
            time: Some(((rem / 3600) as u8, ((rem % 3600) / 60) as u8)),
            offset: Some(Offset::Utc),
        }
    }

    /// The same day, without the time.
    pub fn day_only(self) -> Civil {
        Civil {
            time: None,
            offset: None,
            ..self
        }
    }

    /// The neutral form, as [`Civil::parse`] reads it.
    pub fn neutral(self) -> String {
        let mut text = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if let Some((h, m)) = self.time {
            text.push_str(&format!(" {h:02}:{m:02}"));
        }
        text.push_str(&self.offset_text());
        text
    }

    /// For `<time datetime>`: `2027-02-17`, `2027-02-17T15:00Z`, `2027-02-17T15:00+03:00`.
    pub fn machine(self) -> String {
        let date = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        let Some((h, m)) = self.time else {
            return date;
        };
        let zone = match self.offset {
            None => String::new(),
            Some(Offset::Utc) => "Z".into(),
            Some(Offset::Minutes(minutes)) => {
                let sign = if minutes < 0 { '-' } else { '+' };
                let minutes = minutes.unsigned_abs();
                format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
            }
        };
        format!("{date}T{h:02}:{m:02}{zone}")
    }

    fn offset_text(self) -> String {
        match self.offset {
            None => String::new(),
            Some(Offset::Utc) => " UTC".into(),
            Some(Offset::Minutes(minutes)) => {
                let sign = if minutes < 0 { '-' } else { '+' };
                let minutes = minutes.unsigned_abs();
                format!(" (UTC{sign}{:02}:{:02})", minutes / 60, minutes % 60)
            }
        }
    }

    /// As `locale` writes it: `17 Feb 2027, 15:00 (UTC+03:00)`.
    pub fn format(self, locale: Locale) -> String {
        let index = usize::from(self.month.clamp(1, 12) - 1);
        let (month, between) = match locale {
            Locale::En => (MONTHS_EN[index], ", "),
            Locale::Fr => (MONTHS_FR[index], " à "),
            Locale::Ar => (MONTHS_AR[index], "، "),
        };
        // French writes the first of the month as an ordinal: 1er mars.
        let day = if locale == Locale::Fr && self.day == 1 {
            "1er".to_string()
        } else {
            self.day.to_string()
        };
        let mut text = format!("{day} {month} {}", self.year);
        if let Some((h, m)) = self.time {
            text.push_str(&format!("{between}{h:02}:{m:02}"));
            text.push_str(&self.offset_text());
        }
        text
    }
}

/// A date or time in the neutral form, as `locale` writes it; any other text unchanged.
pub fn localise(locale: Locale, text: &str) -> String {
    Civil::parse(text)
        .map(|c| c.format(locale))
        .unwrap_or_else(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_writes_dates_its_own_way() {
        let cases = [
            (
                "2027-02-17 15:00 (UTC+03:00)",
                "17 Feb 2027, 15:00 (UTC+03:00)",
                "17 févr. 2027 à 15:00 (UTC+03:00)",
                "17 فبراير 2027، 15:00 (UTC+03:00)",
            ),
            (
                "2027-03-01 09:30 (UTC-03:30)",
                "1 Mar 2027, 09:30 (UTC-03:30)",
                "1er mars 2027 à 09:30 (UTC-03:30)",
                "1 مارس 2027، 09:30 (UTC-03:30)",
            ),
            (
                "2026-12-31 23:59 UTC",
                "31 Dec 2026, 23:59 UTC",
                "31 déc. 2026 à 23:59 UTC",
                "31 ديسمبر 2026، 23:59 UTC",
            ),
            ("2027-06-30", "30 Jun 2027", "30 juin 2027", "30 يونيو 2027"),
        ];
        for (neutral, en, fr, ar) in cases {
            assert_eq!(localise(Locale::En, neutral), en);
            assert_eq!(localise(Locale::Fr, neutral), fr);
            assert_eq!(localise(Locale::Ar, neutral), ar);
            let civil = Civil::parse(neutral).expect(neutral);
            assert_eq!(civil.neutral(), neutral, "round trip");
        }
    }

    #[test]
    fn other_text_is_left_as_it_is() {
        for text in [
            "",
            "—",
            "KEBS",
            "2027-13-01",
            "2027-02-17 25:00 UTC",
            "2027-02-17 15:00 (GMT+3)",
            "2027-02-17T15:00",
            "12345",
            "2027-02-17 15:00 (UTC+03:00) and more",
        ] {
            assert_eq!(localise(Locale::Fr, text), text, "{text}");
        }
    }

    #[test]
    fn epoch_milliseconds_in_utc() {
        assert_eq!(Civil::utc(0).neutral(), "1970-01-01 00:00 UTC");
        assert_eq!(
            Civil::utc(1_795_000_000_000).neutral(),
            "2026-11-18 11:06 UTC"
        );
        assert_eq!(
            Civil::utc(951_782_400_000).day_only().neutral(),
            "2000-02-29"
        );
        assert_eq!(Civil::utc(-1).neutral(), "1969-12-31 23:59 UTC");
        assert_eq!(
            Civil::parse("2027-02-17 15:00 (UTC+03:00)")
                .map(Civil::machine)
                .as_deref(),
            Some("2027-02-17T15:00+03:00")
        );
        assert_eq!(Civil::utc(0).machine(), "1970-01-01T00:00Z");
    }
}
