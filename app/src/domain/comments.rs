//! Comments on drafts in the 8-column template (shared/DOMAIN.md, "Comments on drafts"):
//! MB/NC · line · clause/subclause · paragraph/figure/table · type (ge/te/ed) · comment ·
//! proposed change · observations of the secretariat. Pure rules: the types, the checks of a
//! row, the order of clauses, the dispositions.

use crate::model::Message;

/// The type of a comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommentKind {
    /// `ge`: general.
    General,
    /// `te`: technical.
    Technical,
    /// `ed`: editorial.
    Editorial,
}

impl CommentKind {
    /// Every type, in the template's order.
    pub const ALL: [CommentKind; 3] = [
        CommentKind::General,
        CommentKind::Technical,
        CommentKind::Editorial,
    ];

    /// The template's code.
    pub fn code(self) -> &'static str {
        match self {
            CommentKind::General => "ge",
            CommentKind::Technical => "te",
            CommentKind::Editorial => "ed",
        }
    }

    /// Reads a code as people type it (`te`, `TE`, ` te `).
    pub fn from_code(code: &str) -> Option<CommentKind> {
        let code = code.trim().to_ascii_lowercase();
        CommentKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// The secretariat's decision on a comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Disposition {
    /// Accepted.
    Accepted,
    /// Accepted in principle.
    AcceptedInPrinciple,
    /// Not accepted.
    NotAccepted,
    /// Noted.
    Noted,
}

impl Disposition {
    /// Every decision, in the order forms list them.
    pub const ALL: [Disposition; 4] = [
        Disposition::Accepted,
        Disposition::AcceptedInPrinciple,
        Disposition::NotAccepted,
        Disposition::Noted,
    ];

    /// The code used in the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            Disposition::Accepted => "accepted",
            Disposition::AcceptedInPrinciple => "accepted_in_principle",
            Disposition::NotAccepted => "not_accepted",
            Disposition::Noted => "noted",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<Disposition> {
        Disposition::ALL
            .into_iter()
            .find(|d| d.code() == code.trim())
    }
}

/// The entries of the comments' audit trail that everyone who reads the draft may see (the
/// submissions and the secretariat's decisions); the others, about drafts, are for the member
/// body's own people.
pub const PUBLIC_EVENTS: &[&str] = &["submitted", "disposition", "dispositions_imported"];

/// The longest cell, in characters.
pub const CELL_MAX_CHARS: usize = 20_000;
/// The longest line number, clause or paragraph reference, in characters.
pub const REFERENCE_MAX_CHARS: usize = 200;

/// One row of the template as typed or imported (MB/NC comes from the member body).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Row {
    /// Line number.
    pub line: String,
    /// Clause/subclause.
    pub clause: String,
    /// Paragraph/figure/table.
    pub paragraph: String,
    /// Type: ge / te / ed.
    pub kind: String,
    /// The comment.
    pub comment: String,
    /// The proposed change.
    pub proposed_change: String,
}

/// A checked row: trimmed, its type read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedRow {
    /// Line number.
    pub line: String,
    /// Clause/subclause.
    pub clause: String,
    /// Paragraph/figure/table.
    pub paragraph: String,
    /// Type.
    pub kind: CommentKind,
    /// The comment.
    pub comment: String,
    /// The proposed change.
    pub proposed_change: String,
}

/// Checks a row: a type among ge/te/ed and a comment are required; the references are short,
/// the texts not huge. Returns every problem with its column.
pub fn check_row(row: &Row) -> Result<CheckedRow, Vec<(&'static str, Message)>> {
    let mut errors = Vec::new();
    let kind = CommentKind::from_code(&row.kind);
    if row.kind.trim().is_empty() {
        errors.push(("kind", Message::new("error-comment-kind-required")));
    } else if kind.is_none() {
        errors.push((
            "kind",
            Message::new("error-comment-kind-unknown").arg("kind", row.kind.trim()),
        ));
    }
    let comment = row.comment.trim();
    if comment.is_empty() {
        errors.push(("comment", Message::new("error-comment-text-required")));
    }
    for (field, text) in [
        ("comment", comment),
        ("proposed_change", row.proposed_change.trim()),
    ] {
        if text.chars().count() > CELL_MAX_CHARS {
            errors.push((field, Message::new("error-comment-too-long")));
        }
    }
    for (field, text) in [
        ("line", row.line.trim()),
        ("clause", row.clause.trim()),
        ("paragraph", row.paragraph.trim()),
    ] {
        if text.chars().count() > REFERENCE_MAX_CHARS {
            errors.push((field, Message::new("error-comment-reference-too-long")));
        }
    }
    match (kind, errors.is_empty()) {
        (Some(kind), true) => Ok(CheckedRow {
            line: row.line.trim().to_string(),
            clause: row.clause.trim().to_string(),
            paragraph: row.paragraph.trim().to_string(),
            kind,
            comment: comment.to_string(),
            proposed_change: row.proposed_change.trim().to_string(),
        }),
        _ => Err(errors),
    }
}

/// The key that sorts clauses as committees read them: "General" and empty first, then
/// numbered clauses in numeric order (2 < 10 < 10.1 < 10.2.3), then annexes (A.2 < B.1),
/// then anything else by its text. Stored with each comment so the database sorts by it.
pub fn clause_sort_key(clause: &str) -> String {
    let clause = clause.trim();
    let lower = clause.to_lowercase();
    if clause.is_empty() || ["general", "général", "generale", "عام"].contains(&lower.as_str())
    {
        return "0".to_string();
    }
    // "Clause 5.2", "§ 5.2", "5.2.", "5.2 Scope": the reference is the first run of digits,
    // letters and dots.
    let reference: String = lower
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_start_matches("clause")
        .trim_start_matches("annexe")
        .trim_start_matches("annex")
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.')
        .collect();
    let parts: Vec<&str> = reference
        .trim_end_matches('.')
        .split('.')
        .filter(|p| !p.is_empty())
        .collect();
    let numeric = |p: &str| p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty();
    let annex = |p: &str| p.len() == 1 && p.chars().all(|c| c.is_ascii_alphabetic());
    match parts.first() {
        Some(first) if numeric(first) && parts.iter().all(|p| numeric(p)) => {
            let mut key = String::from("1");
            for p in &parts {
                key.push_str(&format!("{:0>8}", p.trim_start_matches('0')));
            }
            key
        }
        Some(first) if annex(first) && parts[1..].iter().all(|p| numeric(p)) => {
            let mut key = format!("2{}", first.to_ascii_uppercase());
            for p in &parts[1..] {
                key.push_str(&format!("{:0>8}", p.trim_start_matches('0')));
            }
            key
        }
        _ => format!("3{lower}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clauses_sort_as_committees_read_them() {
        let mut clauses = vec![
            "A.2",
            "10.1",
            "2",
            "",
            "10",
            "General",
            "B.1",
            "3.2.1",
            "Foreword",
            "A.10",
            "3.10",
            "3.2",
            "Clause 4",
            "1.",
            "Annex A.1",
            "Annexe B.2",
        ];
        clauses.sort_by_key(|c| (clause_sort_key(c), c.to_string()));
        assert_eq!(
            clauses,
            vec![
                "",
                "General",
                "1.",
                "2",
                "3.2",
                "3.2.1",
                "3.10",
                "Clause 4",
                "10",
                "10.1",
                "Annex A.1",
                "A.2",
                "A.10",
                "B.1",
                "Annexe B.2",
                "Foreword",
            ]
        );
    }

    #[test]
    fn rows_need_a_type_and_a_comment() {
        let ok = Row {
            clause: " 5.2 ".into(),
            kind: "TE".into(),
            comment: "Le seuil d'humidité n'est pas justifié.".into(),
            ..Row::default()
        };
        let checked = check_row(&ok).expect("valid");
        assert_eq!(
            (checked.clause.as_str(), checked.kind),
            ("5.2", CommentKind::Technical)
        );
        let arabic = Row {
            clause: "٥٫٢ النطاق".into(),
            kind: "ed".into(),
            comment: "يُرجى تصحيح الصياغة".into(),
            ..Row::default()
        };
        assert!(check_row(&arabic).is_ok());
        let errors = check_row(&Row {
            kind: "xx".into(),
            ..Row::default()
        })
        .expect_err("refused");
        let fields: Vec<_> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec!["kind", "comment"]);
        assert_eq!(errors[0].1.key, "error-comment-kind-unknown");
        let errors = check_row(&Row {
            comment: "x".into(),
            ..Row::default()
        })
        .expect_err("refused");
        assert_eq!(errors[0].1.key, "error-comment-kind-required");
        for d in Disposition::ALL {
            assert_eq!(Disposition::from_code(d.code()), Some(d));
        }
    }
}
