//! Time zones. Instants are stored as epoch milliseconds (UTC); people read and type them in
//! the committee's time zone, and see them in their own beside it. Time zone names are IANA's
//! (`Africa/Nairobi`); the database of zones is compiled in (jiff's bundled tzdb), so a server
//! without `/usr/share/zoneinfo` shows the same times.

use jiff::{civil::DateTime, tz::TimeZone, Timestamp, Zoned};

use crate::model::{LocalTime, Message, ZonedText};

/// The zone named `name`, if IANA knows it.
pub fn zone(name: &str) -> Option<TimeZone> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    TimeZone::get(name).ok()
}

/// Checks a time zone name typed by someone: the name as IANA spells it, or a message.
pub fn check_zone(name: &str) -> Result<String, Message> {
    match zone(name) {
        Some(tz) => Ok(tz.iana_name().unwrap_or(name.trim()).to_string()),
        None => Err(Message::new("error-time-zone-unknown").arg("zone", name.trim())),
    }
}

fn zoned(ms: i64, zone_name: &str) -> Zoned {
    let tz = zone(zone_name).unwrap_or(TimeZone::UTC);
    Timestamp::from_millisecond(ms)
        .unwrap_or(Timestamp::UNIX_EPOCH)
        .to_zoned(tz)
}

/// The local day (`2026-11-25`) and hour of an instant in a zone (UTC when unknown).
pub fn day_and_hour(ms: i64, zone_name: &str) -> (String, u8) {
    let z = zoned(ms, zone_name);
    (z.date().to_string(), u8::try_from(z.hour()).unwrap_or(0))
}

/// The local day of an instant in a zone (UTC when unknown), as days since 1970-01-01: what
/// ballot lengths are counted in (`domain::ballots::is_shorter_than_default`).
pub fn local_day(ms: i64, zone_name: &str) -> i64 {
    let days = zoned(ms, zone_name)
        .date()
        .since(jiff::civil::date(1970, 1, 1))
        .map(|span| span.get_days());
    i64::from(days.unwrap_or(0))
}

/// `2027-02-17 15:00 (UTC+03:00)`: the wall-clock time in a zone with its offset.
pub fn format_in(ms: i64, zone_name: &str) -> String {
    let z = zoned(ms, zone_name);
    let seconds = z.offset().seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!(
        "{} (UTC{sign}{:02}:{:02})",
        z.strftime("%Y-%m-%d %H:%M"),
        minutes / 60,
        minutes % 60
    )
}

/// The value of a `datetime-local` field for an instant, in a zone: `2027-02-17T15:00`.
pub fn input_value(ms: i64, zone_name: &str) -> String {
    zoned(ms, zone_name).strftime("%Y-%m-%dT%H:%M").to_string()
}

/// Reads an instant: RFC 3339 with its offset (`2027-02-17T12:00:00Z`), or a wall-clock time
/// without one (`2027-02-17T15:00`, as a `datetime-local` field sends it), read in `zone_name`.
/// A wall-clock time that does not exist (skipped by a daylight-saving change) is moved
/// forward, one that happens twice takes the earlier.
pub fn parse_in(text: &str, zone_name: &str) -> Option<i64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(t) = text.parse::<Timestamp>() {
        return Some(t.as_millisecond());
    }
    let civil = text.parse::<DateTime>().ok()?;
    let tz = zone(zone_name)?;
    civil
        .to_zoned(tz)
        .ok()
        .map(|z| z.timestamp().as_millisecond())
}

/// An instant as a committee's people read it: in the committee's zone, and in the reader's
/// own when that is another.
pub fn local_time(ms: i64, committee_zone: &str, own_zone: Option<&str>) -> LocalTime {
    let own = own_zone
        .filter(|z| *z != committee_zone && zone(z).is_some())
        .map(|z| ZonedText {
            zone: z.to_string(),
            text: format_in(ms, z),
        });
    LocalTime {
        utc_ms: ms,
        committee: ZonedText {
            zone: committee_zone.to_string(),
            text: format_in(ms, committee_zone),
        },
        own,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // 2027-02-17 12:00 UTC
    const NOON_UTC: i64 = 1_802_865_600_000;

    #[test]
    fn times_show_in_the_committee_zone_and_the_reader_zone() {
        assert_eq!(
            format_in(NOON_UTC, "Africa/Nairobi"),
            "2027-02-17 15:00 (UTC+03:00)"
        );
        assert_eq!(format_in(NOON_UTC, "UTC"), "2027-02-17 12:00 (UTC+00:00)");
        assert_eq!(
            format_in(NOON_UTC, "America/Sao_Paulo"),
            "2027-02-17 09:00 (UTC-03:00)"
        );
        let t = local_time(NOON_UTC, "Europe/Istanbul", Some("Europe/Paris"));
        assert_eq!(t.committee.text, "2027-02-17 15:00 (UTC+03:00)");
        assert_eq!(
            t.own.map(|o| o.text).as_deref(),
            Some("2027-02-17 13:00 (UTC+01:00)")
        );
        assert!(local_time(NOON_UTC, "UTC", Some("UTC")).own.is_none());
    }

    #[test]
    fn typed_times_are_read_in_the_committee_zone() {
        assert_eq!(
            parse_in("2027-02-17T15:00", "Africa/Nairobi"),
            Some(NOON_UTC)
        );
        assert_eq!(
            parse_in("2027-02-17T12:00:00Z", "Africa/Nairobi"),
            Some(NOON_UTC)
        );
        assert_eq!(parse_in("2027-02-17T15:00:00+03:00", "UTC"), Some(NOON_UTC));
        assert_eq!(input_value(NOON_UTC, "Africa/Nairobi"), "2027-02-17T15:00");
        assert_eq!(parse_in("17/02/2027", "UTC"), None);
        assert_eq!(parse_in("", "UTC"), None);
        assert_eq!(parse_in("2027-02-17T15:00", "Mars/Olympus"), None);
        // 02:30 does not exist in Paris on 2027-03-28: moved forward to 03:30 CEST.
        assert_eq!(
            parse_in("2027-03-28T02:30", "Europe/Paris"),
            parse_in("2027-03-28T01:30:00Z", "UTC")
        );
    }

    #[test]
    fn zone_names_are_checked() {
        assert_eq!(check_zone(" Africa/Nairobi "), Ok("Africa/Nairobi".into()));
        assert!(check_zone("Africa/Atlantis").is_err());
        assert!(check_zone("").is_err());
    }
}
