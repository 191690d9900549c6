//! The audit trail's chain: what an event's hash covers. Pure; the hashing (SHA-256) and the
//! storage are in `server::audit`.

/// The hash the first event follows.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// An event of the trail, as written and as the chain covers it (its place in the chain, the
/// number, is given beside it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event<'a> {
    /// When, epoch milliseconds.
    pub at: i64,
    /// Who acted.
    pub actor_id: Option<&'a str>,
    /// The committee it concerns.
    pub committee_id: Option<&'a str>,
    /// What happened.
    pub kind: &'a str,
    /// What it is about.
    pub subject: &'a str,
    /// Before.
    pub before: Option<&'a str>,
    /// After.
    pub after: Option<&'a str>,
}

fn field(out: &mut String, value: Option<&str>) {
    // Length-prefixed, so that no choice of field values can produce another event's text;
    // `-` marks an absent value (which differs from an empty one, `0:`).
    match value {
        Some(v) => out.push_str(&format!("{}:{v}|", v.len())),
        None => out.push_str("-|"),
    }
}

/// The text the hash of event number `seq` is taken over: the previous event's hash, the
/// number, then every field.
pub fn canonical(prev_hash: &str, seq: i64, link: &Event<'_>) -> String {
    let mut out = format!("comity-audit-v1|{prev_hash}|{seq}|{}|", link.at);
    for value in [
        link.actor_id,
        link.committee_id,
        Some(link.kind),
        Some(link.subject),
        link.before,
        link.after,
    ] {
        field(&mut out, value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link<'a>(before: Option<&'a str>, after: Option<&'a str>) -> Event<'a> {
        Event {
            at: 1_800_000_000_000,
            actor_id: Some("u1"),
            committee_id: None,
            kind: "vote_cast",
            subject: "ballot b1",
            before,
            after,
        }
    }

    #[test]
    fn every_field_and_the_previous_hash_count() {
        let base = canonical(GENESIS, 7, &link(None, Some("KEBS approve")));
        assert_eq!(
            base,
            format!("comity-audit-v1|{GENESIS}|7|1800000000000|2:u1|-|9:vote_cast|9:ballot b1|-|12:KEBS approve|")
        );
        assert_ne!(base, canonical("1", 7, &link(None, Some("KEBS approve"))));
        assert_ne!(
            base,
            canonical(GENESIS, 7, &link(Some(""), Some("KEBS approve")))
        );
        assert_ne!(
            base,
            canonical(GENESIS, 7, &link(None, Some("KEBS disapprove")))
        );
        // A separator inside a value cannot shift it into the next field.
        assert_ne!(
            canonical(GENESIS, 7, &link(Some("a|"), Some("b"))),
            canonical(GENESIS, 7, &link(Some("a"), Some("|b")))
        );
    }
}
