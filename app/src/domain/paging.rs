//! Paging of lists: page numbers as asked for in a query (`?page=`), kept within bounds so that
//! no page number — 0, negative, or 9223372036854775807 — can overflow the offset.

/// The highest page number honoured; beyond it, lists are empty anyway.
pub const MAX_PAGE: i64 = 1_000_000;

/// A page number as asked for, within 1..=[`MAX_PAGE`].
pub fn page(asked: i64) -> i64 {
    asked.clamp(1, MAX_PAGE)
}

/// How many rows come before `page` (from 1) when pages hold `per_page`.
pub fn offset(page: i64, per_page: i64) -> i64 {
    (self::page(page) - 1).saturating_mul(per_page.max(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_page_number_gives_a_sane_offset() {
        assert_eq!(page(0), 1);
        assert_eq!(page(-7), 1);
        assert_eq!(page(3), 3);
        assert_eq!(page(i64::MAX), MAX_PAGE);
        assert_eq!(offset(1, 50), 0);
        assert_eq!(offset(3, 50), 100);
        assert_eq!(offset(i64::MAX, 50), (MAX_PAGE - 1) * 50);
        assert_eq!(offset(i64::MIN, 50), 0);
    }
}
