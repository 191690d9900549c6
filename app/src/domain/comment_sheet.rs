//! The comment template as a sheet (shared/DOMAIN.md, "Comments on drafts": committees import
//! it from a filled spreadsheet). Pure rules: which heading is which column, where the table
//! starts, and what each row of an uploaded sheet becomes — or why it cannot. The file formats
//! themselves (XLSX, DOCX) are read in `server::sheets` into a [`Sheet`].

use std::collections::HashMap;

use super::comments::{check_row, CheckedRow, Disposition, Row};
use crate::model::{Message, RowProblem};

/// A column of the template (the eight, plus the decision and the comment's ID that the
/// portal's own exports add so that a filled compilation can come back).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// MB/NC.
    MemberBody,
    /// Line number.
    Line,
    /// Clause/subclause.
    Clause,
    /// Paragraph/figure/table.
    Paragraph,
    /// Type of comment.
    Kind,
    /// Comments.
    Comment,
    /// Proposed change.
    ProposedChange,
    /// Observations of the secretariat.
    Observations,
    /// The secretariat's decision.
    Decision,
    /// The portal's comment ID.
    Id,
}

impl Column {
    /// Every column, in the exports' order.
    pub const ALL: [Column; 10] = [
        Column::MemberBody,
        Column::Line,
        Column::Clause,
        Column::Paragraph,
        Column::Kind,
        Column::Comment,
        Column::ProposedChange,
        Column::Observations,
        Column::Decision,
        Column::Id,
    ];

    /// The i18n key of its heading: exports write it, imports recognise it in every language.
    pub fn heading_key(self) -> &'static str {
        match self {
            Column::MemberBody => "comment-col-mb",
            Column::Line => "comment-col-line",
            Column::Clause => "comment-col-clause",
            Column::Paragraph => "comment-col-paragraph",
            Column::Kind => "comment-col-type",
            Column::Comment => "comment-col-comment",
            Column::ProposedChange => "comment-col-proposed",
            Column::Observations => "comment-col-observations",
            Column::Decision => "comment-col-disposition",
            Column::Id => "comment-col-id",
        }
    }

    /// The field its problems are reported on (the API's field names).
    pub fn field(self) -> &'static str {
        match self {
            Column::MemberBody => "member_body",
            Column::Line => "line",
            Column::Clause => "clause",
            Column::Paragraph => "paragraph",
            Column::Kind => "kind",
            Column::Comment => "comment",
            Column::ProposedChange => "proposed_change",
            Column::Observations => "observations",
            Column::Decision => "disposition",
            Column::Id => "id",
        }
    }
}

/// A heading as compared: lower case, without the template's footnote marks (`MB/NC¹`,
/// `Type of comment2`), its examples (`Line number (e.g. 17)`) and the spaces around slashes.
pub fn normalize_heading(text: &str) -> String {
    let mut without_examples = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => without_examples.push(c),
            _ => {}
        }
    }
    let lower = without_examples.to_lowercase();
    let trimmed = lower.trim_end_matches(|c: char| {
        c.is_ascii_digit() || "¹²³⁴⁵⁶⁷⁸⁹⁰*:/".contains(c) || c.is_whitespace() || c == '.'
    });
    let words: Vec<&str> = trimmed.split_whitespace().collect();
    words.join(" ").replace(" /", "/").replace("/ ", "/")
}

/// Usual headings besides the portal's own (which come from its translations).
const ALIASES: [(&str, Column); 22] = [
    ("mb", Column::MemberBody),
    ("nc", Column::MemberBody),
    ("mb/nc", Column::MemberBody),
    ("member body", Column::MemberBody),
    ("line", Column::Line),
    ("line no", Column::Line),
    ("line number", Column::Line),
    ("clause", Column::Clause),
    ("clause/subclause", Column::Clause),
    ("paragraph", Column::Paragraph),
    ("paragraph/figure/table", Column::Paragraph),
    ("type", Column::Kind),
    ("type of comment", Column::Kind),
    ("comment", Column::Comment),
    ("comments", Column::Comment),
    ("proposed change", Column::ProposedChange),
    ("observations of the secretariat", Column::Observations),
    ("secretariat observations", Column::Observations),
    ("decision", Column::Decision),
    ("disposition", Column::Decision),
    ("id", Column::Id),
    ("comment id", Column::Id),
];

/// Recognises the template's headings and the secretariat's decisions as people write them.
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    headings: Vec<(String, Column)>,
    decisions: HashMap<String, Disposition>,
}

impl Vocabulary {
    /// The headings and decision names of the portal's languages (`headings`: the text of each
    /// column's heading key in each language; `decisions`: each decision's label in each
    /// language), plus the usual English variants and the decisions' codes.
    pub fn new(
        headings: impl IntoIterator<Item = (String, Column)>,
        decisions: impl IntoIterator<Item = (String, Disposition)>,
    ) -> Self {
        let mut known: Vec<(String, Column)> = headings
            .into_iter()
            .map(|(h, c)| (normalize_heading(&h), c))
            .collect();
        known.extend(ALIASES.iter().map(|(h, c)| (h.to_string(), *c)));
        let mut names: HashMap<String, Disposition> = decisions
            .into_iter()
            .map(|(label, d)| (label.trim().to_lowercase(), d))
            .collect();
        for d in Disposition::ALL {
            names.insert(d.code().to_string(), d);
            names.insert(d.code().replace('_', " "), d);
        }
        Vocabulary {
            headings: known,
            decisions: names,
        }
    }

    /// The column a heading names (the first language that knows it wins: French
    /// "Observations" is the comment, English "Observations of the secretariat" the
    /// secretariat's).
    pub fn column(&self, heading: &str) -> Option<Column> {
        let heading = normalize_heading(heading);
        if heading.is_empty() {
            return None;
        }
        self.headings
            .iter()
            .find(|(h, _)| *h == heading)
            .map(|(_, c)| *c)
    }

    /// The decision a cell names (its label in any language, or its code).
    pub fn decision(&self, text: &str) -> Option<Disposition> {
        self.decisions.get(&text.trim().to_lowercase()).copied()
    }
}

/// One cell of an uploaded sheet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// Its value as text.
    pub text: String,
    /// The formula it holds, if it does (a formula is refused: its value may be stale).
    pub formula: Option<String>,
}

impl Cell {
    /// A plain value.
    pub fn text(text: impl Into<String>) -> Self {
        Cell {
            text: text.into(),
            formula: None,
        }
    }
}

/// A range of merged cells, 1-based and inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Merged {
    /// First row.
    pub first_row: u32,
    /// First column.
    pub first_col: u32,
    /// Last row.
    pub last_row: u32,
    /// Last column.
    pub last_col: u32,
}

/// One row of an uploaded sheet: its number as the spreadsheet shows it, and its non-empty
/// cells by column (1-based).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SheetRow {
    /// Row number.
    pub number: u32,
    /// Cells by column number.
    pub cells: Vec<(u32, Cell)>,
}

/// An uploaded sheet (the first worksheet of an XLSX, the template's table of a DOCX).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sheet {
    /// Its rows in order.
    pub rows: Vec<SheetRow>,
    /// Its merged ranges.
    pub merged: Vec<Merged>,
}

/// The most rows one import takes.
pub const MAX_IMPORT_ROWS: usize = 10_000;
/// How far down the heading row is looked for (the template has a title block above it).
const HEADING_SEARCH_ROWS: usize = 30;

/// `F9`: a cell's name as spreadsheets write it.
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut n = col;
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push((b'A' + rem) as char);
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &row.to_string()
}

/// The template's table found in a sheet: the heading row, the recognised columns and the
/// values of each data row.
#[derive(Clone, Debug, Default)]
pub struct Table {
    /// The columns found: column number, which column, its heading as written.
    pub columns: Vec<(u32, Column, String)>,
    /// Data rows (empty ones left out): row number and values by column.
    pub rows: Vec<(u32, HashMap<Column, String>)>,
    /// Rows with a formula or merged cells: reported once, never imported.
    pub spoiled: std::collections::HashSet<u32>,
}

impl Table {
    /// The heading a column has in the file (for messages), or its key when absent.
    fn heading(&self, column: Column) -> String {
        self.columns
            .iter()
            .find(|(_, c, _)| *c == column)
            .map(|(_, _, h)| h.trim().to_string())
            .unwrap_or_else(|| column.field().to_string())
    }

    /// A problem with a row, on a column.
    pub fn problem(&self, row: u32, column: Column, message: Message) -> RowProblem {
        RowProblem {
            row: Some(row),
            column: Some(self.heading(column)),
            field: column.field().to_string(),
            message,
        }
    }
}

/// A problem with the whole file.
pub fn file_problem(message: Message) -> RowProblem {
    RowProblem {
        row: None,
        column: None,
        field: "file".to_string(),
        message,
    }
}

/// Finds the template's table in a sheet: the first row (of the first 30) whose headings name
/// every `required` column is the heading row; the rows under it are the data. A formula or a
/// merged range among the data is a problem of its row; a sheet without the headings, without
/// data, or with too many rows is one problem of the file.
pub fn read_table(
    sheet: &Sheet,
    vocabulary: &Vocabulary,
    required: &[Column],
) -> Result<(Table, Vec<RowProblem>), RowProblem> {
    let heading_row = sheet.rows.iter().take(HEADING_SEARCH_ROWS).find_map(|row| {
        let mut columns: Vec<(u32, Column, String)> = Vec::new();
        for (col, cell) in &row.cells {
            if let Some(column) = vocabulary.column(&cell.text) {
                if !columns.iter().any(|(_, c, _)| *c == column) {
                    columns.push((*col, column, cell.text.clone()));
                }
            }
        }
        required
            .iter()
            .all(|r| columns.iter().any(|(_, c, _)| c == r))
            .then_some((row.number, columns))
    });
    let Some((heading_number, columns)) = heading_row else {
        return Err(file_problem(Message::new("error-import-no-headings")));
    };
    let mut table = Table {
        columns,
        ..Table::default()
    };
    let mut problems = Vec::new();
    for row in sheet.rows.iter().filter(|r| r.number > heading_number) {
        let mut values = HashMap::new();
        for (col, cell) in &row.cells {
            let Some((_, column, _)) = table.columns.iter().find(|(c, _, _)| c == col) else {
                continue;
            };
            if let Some(formula) = &cell.formula {
                problems.push(
                    table.problem(
                        row.number,
                        *column,
                        Message::new("error-import-formula")
                            .arg("cell", cell_name(row.number, *col))
                            .arg("formula", format!("={}", formula.trim_start_matches('='))),
                    ),
                );
                table.spoiled.insert(row.number);
                continue;
            }
            if !cell.text.trim().is_empty() {
                values.insert(*column, cell.text.clone());
            }
        }
        if !values.is_empty() {
            table.rows.push((row.number, values));
        }
    }
    if table.rows.len() > MAX_IMPORT_ROWS {
        return Err(file_problem(
            Message::new("error-import-too-many-rows")
                .arg("count", table.rows.len().to_string())
                .arg("max", MAX_IMPORT_ROWS.to_string()),
        ));
    }
    for m in &sheet.merged {
        if m.last_row <= heading_number {
            continue; // the title block above the headings
        }
        let first = m.first_row.max(heading_number + 1);
        table.spoiled.extend(first..=m.last_row);
        let column = table
            .columns
            .iter()
            .find(|(c, _, _)| (m.first_col..=m.last_col).contains(c))
            .map(|(_, c, _)| *c)
            .unwrap_or(Column::Comment);
        problems.push(table.problem(
            first,
            column,
            Message::new("error-import-merged").arg(
                "cells",
                format!(
                    "{}:{}",
                    cell_name(m.first_row, m.first_col),
                    cell_name(m.last_row, m.last_col)
                ),
            ),
        ));
    }
    if table.rows.is_empty() && problems.is_empty() {
        return Err(file_problem(Message::new("error-import-no-rows")));
    }
    problems.sort_by_key(|p| p.row);
    Ok((table, problems))
}

/// The comments of a member body's filled template: each data row checked as a typed comment
/// would be (a type among ge/te/ed, a comment), and its MB/NC, when filled in, must be the
/// member body importing. Returns the good rows (with their row numbers) and every problem.
pub fn comment_rows(table: &Table, member_body: &str) -> (Vec<(u32, CheckedRow)>, Vec<RowProblem>) {
    let mut good = Vec::new();
    let mut problems = Vec::new();
    for (number, values) in table
        .rows
        .iter()
        .filter(|(n, _)| !table.spoiled.contains(n))
    {
        let value = |c: Column| values.get(&c).cloned().unwrap_or_default();
        let given = value(Column::MemberBody);
        let mut bad = false;
        if !given.trim().is_empty() && !given.trim().eq_ignore_ascii_case(member_body) {
            bad = true;
            problems.push(
                table.problem(
                    *number,
                    Column::MemberBody,
                    Message::new("error-import-member-body")
                        .arg("given", given.trim())
                        .arg("expected", member_body),
                ),
            );
        }
        let row = Row {
            line: value(Column::Line),
            clause: value(Column::Clause),
            paragraph: value(Column::Paragraph),
            kind: value(Column::Kind),
            comment: value(Column::Comment),
            proposed_change: value(Column::ProposedChange),
        };
        match check_row(&row) {
            Ok(checked) if !bad => good.push((*number, checked)),
            Ok(_) => {}
            Err(errors) => {
                for (field, message) in errors {
                    let column = Column::ALL
                        .into_iter()
                        .find(|c| c.field() == field)
                        .unwrap_or(Column::Comment);
                    problems.push(table.problem(*number, column, message));
                }
            }
        }
    }
    (good, problems)
}

/// One decision read from a filled compilation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionRow {
    /// Row number.
    pub row: u32,
    /// The comment's ID.
    pub id: String,
    /// The decision.
    pub disposition: Disposition,
    /// The observations, if any.
    pub observations: Option<String>,
}

/// The decisions of a filled compilation (the portal's export with the decision and
/// observation columns filled in): each row with a decision or an observation needs the
/// comment's ID and a known decision. Rows with neither are left as they are.
pub fn decision_rows(
    table: &Table,
    vocabulary: &Vocabulary,
) -> (Vec<DecisionRow>, Vec<RowProblem>) {
    let mut good = Vec::new();
    let mut problems = Vec::new();
    for (number, values) in table
        .rows
        .iter()
        .filter(|(n, _)| !table.spoiled.contains(n))
    {
        let value = |c: Column| {
            values
                .get(&c)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let (decision, observations) = (value(Column::Decision), value(Column::Observations));
        if decision.is_none() && observations.is_none() {
            continue;
        }
        let Some(id) = value(Column::Id) else {
            problems.push(table.problem(
                *number,
                Column::Id,
                Message::new("error-import-id-required"),
            ));
            continue;
        };
        if observations
            .as_ref()
            .is_some_and(|o| o.chars().count() > super::comments::CELL_MAX_CHARS)
        {
            problems.push(table.problem(
                *number,
                Column::Observations,
                Message::new("error-comment-too-long"),
            ));
            continue;
        }
        match decision.as_deref().map(|d| (d, vocabulary.decision(d))) {
            Some((_, Some(disposition))) => good.push(DecisionRow {
                row: *number,
                id,
                disposition,
                observations,
            }),
            Some((given, None)) => problems.push(table.problem(
                *number,
                Column::Decision,
                Message::new("error-import-decision-unknown").arg("decision", given),
            )),
            None => problems.push(table.problem(
                *number,
                Column::Decision,
                Message::new("error-import-decision-required"),
            )),
        }
    }
    (good, problems)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn vocabulary() -> Vocabulary {
        Vocabulary::new(
            [
                ("Observations".to_string(), Column::Comment),
                ("Type d'observation".to_string(), Column::Kind),
                (
                    "Observations du secrétariat".to_string(),
                    Column::Observations,
                ),
                ("نوع التعليق".to_string(), Column::Kind),
                ("التعليقات".to_string(), Column::Comment),
                ("Comment ID".to_string(), Column::Id),
            ],
            [("Acceptée".to_string(), Disposition::Accepted)],
        )
    }

    fn row(number: u32, cells: &[(u32, &str)]) -> SheetRow {
        SheetRow {
            number,
            cells: cells.iter().map(|(c, t)| (*c, Cell::text(*t))).collect(),
        }
    }

    #[test]
    fn headings_are_recognised_as_the_templates_write_them() {
        let v = vocabulary();
        assert_eq!(v.column("MB/NC¹"), Some(Column::MemberBody));
        assert_eq!(v.column("Line number (e.g. 17)"), Some(Column::Line));
        assert_eq!(
            v.column("Clause/ Subclause (e.g. 3.1)"),
            Some(Column::Clause)
        );
        assert_eq!(
            v.column("Paragraph/ Figure/ Table/ (e.g. Table 1)"),
            Some(Column::Paragraph)
        );
        assert_eq!(v.column("Type of comment2"), Some(Column::Kind));
        assert_eq!(v.column("  نوع التعليق "), Some(Column::Kind));
        // French "Observations" is the comment; the secretariat's has its own heading.
        assert_eq!(v.column("Observations"), Some(Column::Comment));
        assert_eq!(
            v.column("Observations du secrétariat"),
            Some(Column::Observations)
        );
        assert_eq!(v.column("Comment ID"), Some(Column::Id));
        assert_eq!(v.column("Notes"), None);
        assert_eq!(v.column(""), None);
        assert_eq!(cell_name(9, 6), "F9");
        assert_eq!(cell_name(1, 27), "AA1");
    }

    #[test]
    fn the_table_starts_at_its_headings_and_every_bad_row_is_named() {
        let sheet = Sheet {
            rows: vec![
                row(1, &[(1, "Template for comments")]),
                row(
                    3,
                    &[
                        (1, "MB/NC"),
                        (3, "Clause"),
                        (5, "Type of comment"),
                        (6, "Comments"),
                        (7, "Proposed change"),
                    ],
                ),
                row(4, &[(1, "KEBS"), (3, "5.2"), (5, "te"), (6, "Too vague")]),
                row(5, &[(3, "١٠"), (5, "xx"), (6, "تعليق")]),
                row(6, &[]),
                row(7, &[(1, "TSE"), (5, "ed"), (6, "Typo")]),
                row(8, &[(5, "ge")]),
                SheetRow {
                    number: 9,
                    cells: vec![(
                        6,
                        Cell {
                            text: "42".into(),
                            formula: Some("A1&B1".into()),
                        },
                    )],
                },
            ],
            merged: vec![
                Merged {
                    first_row: 1,
                    first_col: 1,
                    last_row: 1,
                    last_col: 8,
                },
                Merged {
                    first_row: 10,
                    first_col: 6,
                    last_row: 10,
                    last_col: 7,
                },
            ],
        };
        let (table, mut problems) =
            read_table(&sheet, &vocabulary(), &[Column::Kind, Column::Comment]).unwrap();
        let numbers: Vec<u32> = table.rows.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            numbers,
            vec![4, 5, 7, 8],
            "empty rows and formula-only rows are no data"
        );
        let (good, more) = comment_rows(&table, "KEBS");
        problems.extend(more);
        problems.sort_by_key(|p| p.row);
        assert_eq!(good.len(), 1);
        assert_eq!(good[0].0, 4);
        let seen: Vec<(Option<u32>, Option<String>, &str)> = problems
            .iter()
            .map(|p| (p.row, p.column.clone(), p.message.key.as_str()))
            .collect();
        assert_eq!(
            seen,
            vec![
                (
                    Some(5),
                    Some("Type of comment".into()),
                    "error-comment-kind-unknown"
                ),
                (Some(7), Some("MB/NC".into()), "error-import-member-body"),
                (
                    Some(8),
                    Some("Comments".into()),
                    "error-comment-text-required"
                ),
                (Some(9), Some("Comments".into()), "error-import-formula"),
                (Some(10), Some("Comments".into()), "error-import-merged"),
            ]
        );
        let formula = problems
            .iter()
            .find(|p| p.message.key == "error-import-formula")
            .unwrap();
        assert!(formula.message.args.contains(&("cell".into(), "F9".into())));
    }

    #[test]
    fn a_sheet_without_headings_or_rows_is_refused_whole() {
        let none = Sheet {
            rows: vec![row(1, &[(1, "Name"), (2, "Remark")])],
            merged: vec![],
        };
        let v = vocabulary();
        let needed = [Column::Kind, Column::Comment];
        assert_eq!(
            read_table(&none, &v, &needed).unwrap_err().message.key,
            "error-import-no-headings"
        );
        let empty = Sheet {
            rows: vec![row(1, &[(1, "Type"), (2, "Comment")])],
            merged: vec![],
        };
        assert_eq!(
            read_table(&empty, &v, &needed).unwrap_err().message.key,
            "error-import-no-rows"
        );
        let mut big = empty.clone();
        for n in 0..=MAX_IMPORT_ROWS as u32 {
            big.rows.push(row(n + 2, &[(1, "te"), (2, "x")]));
        }
        assert_eq!(
            read_table(&big, &v, &needed).unwrap_err().message.key,
            "error-import-too-many-rows"
        );
    }

    #[test]
    fn decisions_need_an_id_and_a_known_decision() {
        let sheet = Sheet {
            rows: vec![
                row(
                    1,
                    &[
                        (1, "Comment ID"),
                        (2, "Decision"),
                        (3, "Observations of the secretariat"),
                    ],
                ),
                row(2, &[(1, "c1"), (2, "Acceptée"), (3, "Done in 5.2")]),
                row(3, &[(1, "c2"), (2, "accepted in principle")]),
                row(4, &[(1, "c3")]),
                row(5, &[(1, "c4"), (2, "Maybe")]),
                row(6, &[(2, "Noted")]),
                row(7, &[(1, "c5"), (3, "Only a remark")]),
            ],
            merged: vec![],
        };
        let v = vocabulary();
        let (table, problems) = read_table(&sheet, &v, &[Column::Id, Column::Decision]).unwrap();
        assert!(problems.is_empty());
        let (good, problems) = decision_rows(&table, &v);
        assert_eq!(
            good.iter()
                .map(|d| (d.row, d.disposition))
                .collect::<Vec<_>>(),
            vec![
                (2, Disposition::Accepted),
                (3, Disposition::AcceptedInPrinciple)
            ]
        );
        assert_eq!(good[0].observations.as_deref(), Some("Done in 5.2"));
        let keys: Vec<(Option<u32>, &str)> = problems
            .iter()
            .map(|p| (p.row, p.message.key.as_str()))
            .collect();
        assert_eq!(
            keys,
            vec![
                (Some(5), "error-import-decision-unknown"),
                (Some(6), "error-import-id-required"),
                (Some(7), "error-import-decision-required"),
            ]
        );
    }
}
