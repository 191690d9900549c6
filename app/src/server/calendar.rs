//! iCalendar feeds (RFC 5545): one VEVENT per meeting in its host's time zone, with a
//! VTIMEZONE built from the IANA database for each zone used, so that calendars show the
//! right instant; UID and SEQUENCE carry updates and cancellations.

use jiff::{tz::TimeZone, Timestamp};

/// A meeting as a calendar event.
#[derive(Clone, Debug)]
pub struct Event {
    /// Stable identifier (the meeting's id).
    pub uid: String,
    /// Grows with each change.
    pub sequence: i64,
    /// Last change, epoch ms.
    pub stamp: i64,
    /// Start, epoch ms.
    pub starts_at: i64,
    /// End, epoch ms.
    pub ends_at: i64,
    /// IANA zone.
    pub zone: String,
    /// Title.
    pub summary: String,
    /// Venue.
    pub location: String,
    /// Text (the join link among it).
    pub description: String,
    /// The meeting's page.
    pub url: String,
    /// Cancelled.
    pub cancelled: bool,
}

/// Escapes a TEXT value.
fn text(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets (never inside a character), CRLF-terminated.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn utc(ms: i64) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string())
        .unwrap_or_default()
}

fn local(ms: i64, tz: &TimeZone) -> String {
    Timestamp::from_millisecond(ms)
        .map(|t| tz.to_datetime(t).strftime("%Y%m%dT%H%M%S").to_string())
        .unwrap_or_default()
}

fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.abs();
    let (h, m, sec) = (s / 3600, (s % 3600) / 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// The VTIMEZONE of a zone around `[from, to]` (epoch ms): every transition from a year
/// before to a year after, each in the offset it leaves; a zone without any, one STANDARD.
fn vtimezone(name: &str, tz: &TimeZone, from: i64, to: i64, out: &mut String) {
    const YEAR_MS: i64 = 366 * 24 * 3_600_000;
    fold("BEGIN:VTIMEZONE", out);
    fold(&format!("TZID:{name}"), out);
    let start = Timestamp::from_millisecond(from - YEAR_MS).unwrap_or(Timestamp::UNIX_EPOCH);
    let end = to + YEAR_MS;
    let mut before = tz.to_offset(start).seconds();
    let mut any = false;
    for transition in tz.following(start).take(50) {
        let at = transition.timestamp().as_millisecond();
        if at > end {
            break;
        }
        let after = transition.offset().seconds();
        let kind = if transition.dst().is_dst() {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        let previous = jiff::tz::Offset::from_seconds(before).unwrap_or(jiff::tz::Offset::UTC);
        let wall = previous
            .to_datetime(transition.timestamp())
            .strftime("%Y%m%dT%H%M%S")
            .to_string();
        fold(&format!("BEGIN:{kind}"), out);
        fold(&format!("DTSTART:{wall}"), out);
        fold(&format!("TZOFFSETFROM:{}", offset_text(before)), out);
        fold(&format!("TZOFFSETTO:{}", offset_text(after)), out);
        if !transition.abbreviation().is_empty() {
            fold(&format!("TZNAME:{}", text(transition.abbreviation())), out);
        }
        fold(&format!("END:{kind}"), out);
        before = after;
        any = true;
    }
    if !any {
        fold("BEGIN:STANDARD", out);
        fold("DTSTART:19700101T000000", out);
        fold(&format!("TZOFFSETFROM:{}", offset_text(before)), out);
        fold(&format!("TZOFFSETTO:{}", offset_text(before)), out);
        fold("END:STANDARD", out);
    }
    fold("END:VTIMEZONE", out);
}

/// A whole feed.
pub fn feed(name: &str, events: &[Event]) -> String {
    let mut out = String::new();
    fold("BEGIN:VCALENDAR", &mut out);
    fold("VERSION:2.0", &mut out);
    fold("PRODID:-//Comity//Meetings//EN", &mut out);
    fold("CALSCALE:GREGORIAN", &mut out);
    fold("METHOD:PUBLISH", &mut out);
    fold(&format!("X-WR-CALNAME:{}", text(name)), &mut out);
    let mut zones: Vec<&str> = events.iter().map(|e| e.zone.as_str()).collect();
    zones.sort_unstable();
    zones.dedup();
    for zone in &zones {
        let Some(tz) = super::time::zone(zone) else {
            continue;
        };
        let within = events.iter().filter(|e| e.zone == *zone);
        let from = within.clone().map(|e| e.starts_at).min().unwrap_or(0);
        let to = within.map(|e| e.ends_at).max().unwrap_or(0);
        vtimezone(zone, &tz, from, to, &mut out);
    }
    for e in events {
        let tz = super::time::zone(&e.zone);
        fold("BEGIN:VEVENT", &mut out);
        fold(&format!("UID:{}@comity", e.uid), &mut out);
        fold(&format!("SEQUENCE:{}", e.sequence), &mut out);
        fold(&format!("DTSTAMP:{}", utc(e.stamp)), &mut out);
        match &tz {
            Some(tz) => {
                fold(
                    &format!("DTSTART;TZID={}:{}", e.zone, local(e.starts_at, tz)),
                    &mut out,
                );
                fold(
                    &format!("DTEND;TZID={}:{}", e.zone, local(e.ends_at, tz)),
                    &mut out,
                );
            }
            None => {
                fold(&format!("DTSTART:{}", utc(e.starts_at)), &mut out);
                fold(&format!("DTEND:{}", utc(e.ends_at)), &mut out);
            }
        }
        fold(&format!("SUMMARY:{}", text(&e.summary)), &mut out);
        if !e.location.is_empty() {
            fold(&format!("LOCATION:{}", text(&e.location)), &mut out);
        }
        if !e.description.is_empty() {
            fold(&format!("DESCRIPTION:{}", text(&e.description)), &mut out);
        }
        fold(&format!("URL:{}", e.url), &mut out);
        fold(
            if e.cancelled {
                "STATUS:CANCELLED"
            } else {
                "STATUS:CONFIRMED"
            },
            &mut out,
        );
        fold("END:VEVENT", &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn events_are_in_their_zone_with_its_transitions() {
        // 2027-03-16 09:00 in Casablanca (UTC+01:00 outside Ramadan): 08:00 UTC.
        let start = Timestamp::from_second(1_805_184_000)
            .unwrap()
            .as_millisecond();
        let event = Event {
            uid: "m1".into(),
            sequence: 2,
            stamp: start,
            starts_at: start,
            ends_at: start + 8 * 3_600_000,
            zone: "Africa/Casablanca".into(),
            summary: "ARSO/TC 70 — 12th plenary meeting, Rabat; hybrid".into(),
            location: "IMANOR, Rabat".into(),
            description: "Join: https://meet.example/tc70".into(),
            url: "https://comity.example/meetings/m1".into(),
            cancelled: false,
        };
        let ics = feed("ARSO/TC 70", &[event]);
        assert!(
            ics.contains("BEGIN:VTIMEZONE\r\nTZID:Africa/Casablanca\r\n"),
            "{ics}"
        );
        assert!(
            ics.contains("DTSTART;TZID=Africa/Casablanca:20270316T090000\r\n"),
            "{ics}"
        );
        assert!(ics.contains("SEQUENCE:2\r\n"));
        assert!(ics.contains("SUMMARY:ARSO/TC 70 — 12th plenary meeting\\, Rabat\\; hybrid\r\n"));
        // Morocco moves its clocks around Ramadan: the zone lists transitions.
        assert!(
            ics.contains("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000"),
            "{ics}"
        );
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
    }
}
