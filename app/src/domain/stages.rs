//! The harmonized stage codes of a project (shared/DOMAIN.md, "Project stages") and which
//! moves between them the committee manager may make.
//!
//! A code is a stage (00 preliminary … 95 withdrawal) and a substage (.00 registration,
//! .20 start of main action, .60 completion, .92 repeat an earlier phase, .93 repeat the
//! current phase, .98 abandon, .99 proceed). Only the codes in [`CODES`] exist.

use std::fmt;

/// A harmonized stage code such as 40.60.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StageCode {
    /// 00, 10, 20, 30, 40, 50, 60, 90 or 95.
    pub stage: u8,
    /// 00, 20, 60, 92, 93, 98 or 99.
    pub substage: u8,
}

/// Every code in use, in order.
pub const CODES: [(u8, u8); 40] = [
    (0, 0),
    (0, 20),
    (0, 60),
    (0, 98),
    (0, 99),
    (10, 0),
    (10, 20),
    (10, 60),
    (10, 92),
    (10, 98),
    (10, 99),
    (20, 0),
    (20, 20),
    (20, 60),
    (20, 98),
    (20, 99),
    (30, 0),
    (30, 20),
    (30, 60),
    (30, 92),
    (30, 98),
    (30, 99),
    (40, 0),
    (40, 20),
    (40, 60),
    (40, 92),
    (40, 93),
    (40, 98),
    (40, 99),
    (50, 0),
    (50, 20),
    (50, 60),
    (50, 92),
    (50, 98),
    (50, 99),
    (60, 0),
    (60, 60),
    (90, 20),
    (90, 60),
    (90, 92),
];

/// The review and withdrawal codes that follow [`CODES`] (kept apart so that the array above
/// reads as the development stages and publication).
pub const REVIEW_CODES: [(u8, u8); 6] =
    [(90, 93), (90, 99), (95, 20), (95, 60), (95, 92), (95, 99)];

impl StageCode {
    /// Parses `"40.60"`; `None` for anything that is not a code in use.
    pub fn parse(text: &str) -> Option<StageCode> {
        let (stage, substage) = text.trim().split_once('.')?;
        if stage.len() != 2 || substage.len() != 2 {
            return None;
        }
        let code = StageCode {
            stage: stage.parse().ok()?,
            substage: substage.parse().ok()?,
        };
        code.exists().then_some(code)
    }

    fn of((stage, substage): (u8, u8)) -> StageCode {
        StageCode { stage, substage }
    }

    /// Whether the code is one of those in use.
    pub fn exists(self) -> bool {
        CODES
            .iter()
            .chain(REVIEW_CODES.iter())
            .any(|&(s, u)| s == self.stage && u == self.substage)
    }

    /// Every code in use, in order.
    pub fn all() -> impl Iterator<Item = StageCode> {
        let mut codes: Vec<StageCode> = CODES
            .iter()
            .chain(REVIEW_CODES.iter())
            .copied()
            .map(StageCode::of)
            .collect();
        codes.sort();
        codes.into_iter()
    }

    /// Abandoned (.98) or withdrawn (95.99): nothing follows.
    pub fn is_final(self) -> bool {
        self.substage == 98 || (self.stage == 95 && self.substage == 99)
    }

    /// Whether the project is still being developed (before publication).
    pub fn in_development(self) -> bool {
        self.stage <= 50
    }

    /// The codes the project may move to from here.
    pub fn next(self) -> Vec<StageCode> {
        let code = |stage: u8, substage: u8| StageCode { stage, substage };
        let same = |substage: u8| code(self.stage, substage);
        let mut next: Vec<StageCode> = match (self.stage, self.substage) {
            // Development stages: register, start, complete, then decide.
            (s, 0) if s <= 50 => vec![same(20)],
            (s, 20) if s <= 50 => vec![same(60)],
            (s, 60) if s <= 50 => [92, 93, 99].into_iter().map(same).collect(),
            // Proceed: to the next stage; the committee stage (30) and the approval stage (50)
            // may be skipped, as the directives allow.
            (0, 99) => vec![code(10, 0), code(20, 0)],
            (10, 99) => vec![code(20, 0)],
            (20, 99) => vec![code(30, 0), code(40, 0)],
            (30, 99) => vec![code(40, 0)],
            (40, 99) => vec![code(50, 0), code(60, 0)],
            (50, 99) => vec![code(60, 0)],
            // Repeat an earlier phase: back to the start of an earlier development stage.
            (s, 92) if s <= 50 => [0, 10, 20, 30, 40]
                .into_iter()
                .filter(|earlier| *earlier < s)
                .flat_map(|earlier| [code(earlier, 0), code(earlier, 20)])
                .collect(),
            // Repeat the current phase (a new enquiry ballot).
            (40, 93) => vec![code(40, 0), code(40, 20)],
            // Publication, then systematic review; a published standard never goes back to
            // development: a revision is a new project.
            (60, 0) => vec![code(60, 60)],
            (60, 60) => vec![code(90, 20)],
            (90, 20) => vec![code(90, 60)],
            (90, 60) => vec![code(90, 92), code(90, 93), code(90, 99)],
            // To be revised (by a new project) or confirmed: the next review comes later; a
            // revised standard is withdrawn when its revision is published.
            (90, 92) => vec![code(90, 20), code(95, 99)],
            (90, 93) => vec![code(90, 20)],
            (90, 99) => vec![code(95, 20)],
            (95, 20) => vec![code(95, 60)],
            (95, 60) => vec![code(95, 92), code(95, 99)],
            // Decision not to withdraw: the standard stays published.
            (95, 92) => vec![code(90, 20)],
            _ => Vec::new(),
        };
        // Any development stage may be abandoned until it proceeds.
        if self.in_development() && !self.is_final() && self.substage != 99 {
            next.push(same(98));
        }
        next.retain(|c| c.exists());
        next.sort();
        next.dedup();
        next
    }
}

impl fmt::Display for StageCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}.{:02}", self.stage, self.substage)
    }
}

/// Whether a new project may start at `code`: a development stage (00.00 to 50.99) that is
/// not an abandonment.
pub fn check_start(code: StageCode) -> Result<(), crate::model::Message> {
    if code.in_development() && !code.is_final() {
        Ok(())
    } else {
        Err(crate::model::Message::new("error-project-stage-start").arg("stage", code.to_string()))
    }
}

/// Whether a project at `from` may move to `to`; the message says why not.
pub fn check_transition(from: StageCode, to: StageCode) -> Result<(), crate::model::Message> {
    use crate::model::Message;
    if from.is_final() {
        return Err(Message::new("error-stage-final").arg("from", from.to_string()));
    }
    if from.next().contains(&to) {
        return Ok(());
    }
    let allowed = from
        .next()
        .iter()
        .map(StageCode::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    Err(Message::new("error-stage-transition")
        .arg("from", from.to_string())
        .arg("to", to.to_string())
        .arg("allowed", allowed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> StageCode {
        StageCode::parse(text).unwrap_or_else(|| panic!("{text} is a code in use"))
    }

    #[test]
    fn projects_start_in_development() {
        for (text, ok) in [
            ("00.00", true),
            ("30.99", true),
            ("50.20", true),
            ("40.98", false),
            ("60.00", false),
            ("90.20", false),
        ] {
            assert_eq!(check_start(code(text)).is_ok(), ok, "{text}");
        }
    }

    #[test]
    fn parsing() {
        assert_eq!(StageCode::all().count(), 46);
        for c in StageCode::all() {
            assert_eq!(StageCode::parse(&c.to_string()), Some(c));
        }
        for bad in [
            "40.61", "70.00", "4.60", "40,60", "", "40.6", "95.00", "60.20",
        ] {
            assert_eq!(StageCode::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn transition_table() {
        let cases: &[(&str, &str, bool)] = &[
            // The examples of the issue.
            ("40.60", "40.99", true),
            ("40.60", "40.92", true),
            ("40.60", "40.93", true),
            ("40.60", "40.98", true),
            ("60.60", "30.20", false),
            // Through a stage in order, not skipping steps.
            ("30.00", "30.20", true),
            ("30.20", "30.60", true),
            ("30.00", "30.60", false),
            ("30.60", "30.99", true),
            ("30.99", "40.00", true),
            ("30.99", "50.00", false),
            // Optional stages may be skipped.
            ("20.99", "40.00", true),
            ("40.99", "60.00", true),
            ("40.99", "50.00", true),
            // Repeating an earlier phase goes back, never forward.
            ("40.92", "30.00", true),
            ("40.92", "20.20", true),
            ("40.92", "50.00", false),
            ("30.92", "20.00", true),
            ("30.92", "30.00", false),
            // Abandoning ends everything.
            ("20.20", "20.98", true),
            ("20.98", "20.00", false),
            ("40.99", "40.98", false),
            ("60.60", "60.00", false),
            // Publication and review.
            ("50.99", "60.00", true),
            ("60.00", "60.60", true),
            ("60.60", "90.20", true),
            ("90.60", "90.93", true),
            ("90.93", "90.20", true),
            ("90.60", "90.99", true),
            ("90.99", "95.20", true),
            ("95.60", "95.99", true),
            ("95.99", "90.20", false),
            ("90.92", "20.00", false),
        ];
        for (from, to, allowed) in cases {
            assert_eq!(
                check_transition(code(from), code(to)).is_ok(),
                *allowed,
                "{from} → {to}"
            );
        }
        let refused = check_transition(code("30.99"), code("50.00")).expect_err("refused");
        assert_eq!(refused.key, "error-stage-transition");
        assert!(refused
            .args
            .iter()
            .any(|(k, v)| k == "allowed" && v == "40.00"));
        assert_eq!(
            check_transition(code("95.99"), code("90.20"))
                .expect_err("refused")
                .key,
            "error-stage-final"
        );
    }

    #[test]
    fn every_live_code_leads_somewhere_and_only_to_codes_in_use() {
        for c in StageCode::all() {
            let next = c.next();
            assert!(next.iter().all(|n| n.exists()), "{c}");
            assert_eq!(next.is_empty(), c.is_final(), "{c} → {next:?}");
            // Nothing published goes back to development.
            if !c.in_development() {
                assert!(next.iter().all(|n| !n.in_development()), "{c}");
            }
        }
    }
}
