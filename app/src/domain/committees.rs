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
