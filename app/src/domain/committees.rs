//! Committee references and their ordering: `ARSO/TC 70`, `SMIIC/TC 1/WG 2`.

/// The sort key that puts `TC 2` before `TC 10` and a committee's children right after it.
pub fn sort_key(parent_sort_key: Option<&str>, kind: &str, number: i64) -> String {
    let own = format!("{kind} {number:06}");
    match parent_sort_key {
        Some(parent) => format!("{parent}/{own}"),
        None => own,
    }
}

/// The reference of a committee: the parent's reference (or the body's acronym) and the
/// committee's own kind and number.
pub fn reference(
    body_acronym: &str,
    parent_reference: Option<&str>,
    kind: &str,
    number: i64,
) -> String {
    format!(
        "{}/{kind} {number}",
        parent_reference.unwrap_or(body_acronym)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_order() {
        assert_eq!(reference("ARSO", None, "TC", 70), "ARSO/TC 70");
        assert_eq!(
            reference("SMIIC", Some("SMIIC/TC 1"), "WG", 2),
            "SMIIC/TC 1/WG 2"
        );
        let mut keys = [
            sort_key(None, "TC", 10),
            sort_key(None, "TC", 2),
            sort_key(Some(&sort_key(None, "TC", 2)), "WG", 1),
        ];
        keys.sort();
        assert_eq!(
            keys,
            [
                sort_key(None, "TC", 2),
                sort_key(Some(&sort_key(None, "TC", 2)), "WG", 1),
                sort_key(None, "TC", 10)
            ]
        );
    }
}

/// How a member body takes part in a committee.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum MembershipStatus {
    /// Participating member: must vote.
    #[serde(rename = "P")]
    P,
    /// Observing member: comments; may vote on enquiry and approval drafts.
    #[serde(rename = "O")]
    O,
    /// Category A liaison: committee level, receives documents, no vote.
    #[serde(rename = "liaison_a")]
    LiaisonA,
    /// Category B liaison: kept informed.
    #[serde(rename = "liaison_b")]
    LiaisonB,
    /// Category C liaison: takes part in a working group.
    #[serde(rename = "liaison_c")]
    LiaisonC,
}

impl MembershipStatus {
    /// Every status, in the order the committee page lists them.
    pub const ALL: [MembershipStatus; 5] = [
        MembershipStatus::P,
        MembershipStatus::O,
        MembershipStatus::LiaisonA,
        MembershipStatus::LiaisonB,
        MembershipStatus::LiaisonC,
    ];

    /// The code in the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            MembershipStatus::P => "P",
            MembershipStatus::O => "O",
            MembershipStatus::LiaisonA => "liaison_a",
            MembershipStatus::LiaisonB => "liaison_b",
            MembershipStatus::LiaisonC => "liaison_c",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<MembershipStatus> {
        MembershipStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Liaisons never vote (shared/DOMAIN.md); P- and O-members are members of the body.
    pub fn is_liaison(self) -> bool {
        matches!(
            self,
            MembershipStatus::LiaisonA | MembershipStatus::LiaisonB | MembershipStatus::LiaisonC
        )
    }

    /// Whether a member body with this status takes part enough to nominate delegates
    /// (P, O, and category C liaisons that work in a WG).
    pub fn nominates_delegates(self) -> bool {
        matches!(
            self,
            MembershipStatus::P | MembershipStatus::O | MembershipStatus::LiaisonC
        )
    }
}

/// Why a membership change is refused, if it is: P- and O-members must be member bodies of
/// the committee's body; liaisons may come from outside it.
pub fn check_membership(
    status: MembershipStatus,
    member_body_belongs_to_body: bool,
) -> Result<(), crate::model::Message> {
    if !status.is_liaison() && !member_body_belongs_to_body {
        Err(crate::model::Message::new("error-membership-not-in-body"))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod membership_tests {
    use super::*;

    #[test]
    fn membership_rules() {
        for status in MembershipStatus::ALL {
            assert_eq!(MembershipStatus::from_code(status.code()), Some(status));
        }
        assert_eq!(MembershipStatus::from_code("X"), None);
        assert_eq!(
            check_membership(MembershipStatus::P, false)
                .expect_err("refused")
                .key,
            "error-membership-not-in-body"
        );
        assert_eq!(check_membership(MembershipStatus::O, true), Ok(()));
        assert_eq!(check_membership(MembershipStatus::LiaisonA, false), Ok(()));
        assert!(MembershipStatus::LiaisonC.nominates_delegates());
        assert!(!MembershipStatus::LiaisonA.nominates_delegates());
    }
}

/// The kinds of committee.
pub const KINDS: [&str; 3] = ["TC", "SC", "WG"];

/// Whether a committee of `kind` may sit under a parent of `parent_kind` (`None`: directly
/// under the body). TCs stand alone; SCs sit under a TC; WGs under a TC or SC; nothing sits
/// under a WG. Returns the field at fault and the message.
pub fn check_nesting(
    kind: &str,
    parent_kind: Option<&str>,
) -> Result<(), (&'static str, crate::model::Message)> {
    use crate::model::Message;
    if !KINDS.contains(&kind) {
        return Err(("kind", Message::new("error-committee-kind-invalid")));
    }
    match (kind, parent_kind) {
        (_, Some("WG")) => Err(("parent_id", Message::new("error-committee-under-wg"))),
        ("TC", Some(_)) => Err(("parent_id", Message::new("error-committee-tc-has-parent"))),
        ("SC", None) | ("SC", Some("SC")) => {
            Err(("parent_id", Message::new("error-committee-sc-needs-tc")))
        }
        ("WG", None) => Err(("parent_id", Message::new("error-committee-wg-needs-parent"))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod nesting_tests {
    use super::*;

    #[test]
    fn nesting_table() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            ("TC", None, None),
            ("TC", Some("TC"), Some("error-committee-tc-has-parent")),
            ("SC", Some("TC"), None),
            ("SC", None, Some("error-committee-sc-needs-tc")),
            ("SC", Some("SC"), Some("error-committee-sc-needs-tc")),
            ("WG", Some("TC"), None),
            ("WG", Some("SC"), None),
            ("WG", None, Some("error-committee-wg-needs-parent")),
            ("WG", Some("WG"), Some("error-committee-under-wg")),
            ("SC", Some("WG"), Some("error-committee-under-wg")),
            ("XX", None, Some("error-committee-kind-invalid")),
        ];
        for (kind, parent, expected) in cases {
            let got = check_nesting(kind, *parent).err().map(|(_, m)| m.key);
            assert_eq!(got.as_deref(), *expected, "{kind} under {parent:?}");
        }
    }
}

/// Whether a committee is at work or has been disbanded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommitteeStatus {
    /// At work: members, roles, documents and ballots change.
    Active,
    /// Disbanded: kept for the record, nothing changes any more.
    Disbanded,
}

impl CommitteeStatus {
    /// Both statuses, in the order forms list them.
    pub const ALL: [CommitteeStatus; 2] = [CommitteeStatus::Active, CommitteeStatus::Disbanded];

    /// The code in the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            CommitteeStatus::Active => "active",
            CommitteeStatus::Disbanded => "disbanded",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<CommitteeStatus> {
        CommitteeStatus::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Whether a committee may move to status `to`. A committee is disbanded after its
/// subcommittees and working groups (`active_children` of them still at work), and comes
/// back to work only under a parent that is at work (`parent_active`; `true` for a TC).
pub fn check_status_change(
    to: CommitteeStatus,
    active_children: i64,
    parent_active: bool,
) -> Result<(), crate::model::Message> {
    use crate::model::Message;
    match to {
        CommitteeStatus::Disbanded if active_children > 0 => {
            Err(Message::new("error-committee-has-active-children")
                .arg("count", active_children.to_string()))
        }
        CommitteeStatus::Active if !parent_active => {
            Err(Message::new("error-committee-parent-disbanded"))
        }
        _ => Ok(()),
    }
}

/// Memberships and roles of a disbanded committee are kept as they were: changing them is
/// refused until the committee is back at work.
pub fn check_changes_allowed(status: &str) -> Result<(), crate::model::Message> {
    if CommitteeStatus::from_code(status) == Some(CommitteeStatus::Disbanded) {
        Err(crate::model::Message::new("error-committee-disbanded"))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod status_tests {
    use super::*;

    #[test]
    fn status_change_table() {
        use CommitteeStatus::{Active, Disbanded};
        let cases: &[(CommitteeStatus, i64, bool, Option<&str>)] = &[
            (Disbanded, 0, true, None),
            (Disbanded, 0, false, None),
            (
                Disbanded,
                2,
                true,
                Some("error-committee-has-active-children"),
            ),
            (Active, 0, true, None),
            (Active, 3, true, None),
            (Active, 0, false, Some("error-committee-parent-disbanded")),
        ];
        for (to, children, parent_active, expected) in cases {
            let got = check_status_change(*to, *children, *parent_active)
                .err()
                .map(|m| m.key);
            assert_eq!(
                got.as_deref(),
                *expected,
                "{to:?} with {children} children, parent active {parent_active}"
            );
        }
        for status in CommitteeStatus::ALL {
            assert_eq!(CommitteeStatus::from_code(status.code()), Some(status));
        }
        assert_eq!(CommitteeStatus::from_code("closed"), None);
        assert_eq!(
            check_changes_allowed("disbanded").expect_err("refused").key,
            "error-committee-disbanded"
        );
        assert_eq!(check_changes_allowed("active"), Ok(()));
    }
}
