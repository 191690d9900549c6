//! Tables people take away: one table written as CSV (UTF-8 with a byte-order mark, so that
//! Excel reads Arabic and French names right; RFC 4180 quoting; cells that a spreadsheet would
//! run as a formula are prefixed with `'`) or as XLSX (rust_xlsxwriter; right to left for
//! Arabic readers).

use crate::{domain::locale::Locale, error::AppError};

/// A cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A whole number.
    Number(i64),
    /// A heading (bold in XLSX).
    Heading(String),
}

impl From<&str> for Cell {
    fn from(text: &str) -> Self {
        Cell::Text(text.to_string())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Self {
        Cell::Text(text)
    }
}

/// A table: a name (the sheet's) and its rows; an empty row separates sections.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The sheet's name.
    pub name: String,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

/// A file to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Download {
    /// The bytes.
    pub bytes: Vec<u8>,
    /// Its media type.
    pub content_type: &'static str,
    /// The name it is saved under.
    pub file_name: String,
}

/// The formats a table is exported in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values.
    Csv,
    /// Office Open XML spreadsheet.
    Xlsx,
}

impl Format {
    /// From a file extension (`csv`, `xlsx`).
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext {
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }
}

/// Writes `table` in `format`, named `stem` plus the extension.
pub fn write(
    table: &Table,
    format: Format,
    stem: &str,
    locale: Locale,
) -> Result<Download, AppError> {
    Ok(match format {
        Format::Csv => Download {
            bytes: csv(table).into_bytes(),
            content_type: "text/csv; charset=utf-8",
            file_name: format!("{stem}.csv"),
        },
        Format::Xlsx => Download {
            bytes: xlsx(table, locale)?,
            content_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            file_name: format!("{stem}.xlsx"),
        },
    })
}

/// The table as CSV.
pub fn csv(table: &Table) -> String {
    let mut out = String::from("\u{feff}");
    for row in &table.rows {
        let line: Vec<String> = row
            .iter()
            .map(|cell| match cell {
                Cell::Number(n) => n.to_string(),
                Cell::Text(t) | Cell::Heading(t) => csv_field(t),
            })
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

fn csv_field(text: &str) -> String {
    // A cell that starts like a formula is kept as text.
    let text = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The table as an XLSX workbook of one sheet.
pub fn xlsx(table: &Table, locale: Locale) -> Result<Vec<u8>, AppError> {
    use rust_xlsxwriter::{Format as CellFormat, Workbook};
    let failed = |e: rust_xlsxwriter::XlsxError| {
        tracing::error!(%e, "XLSX export failed");
        AppError::Internal
    };
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    // Sheet names: at most 31 characters, none of []:*?/\
    let name: String = table
        .name
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    if !name.trim().is_empty() {
        sheet.set_name(name.trim()).map_err(failed)?;
    }
    if locale.dir() == "rtl" {
        sheet.set_right_to_left(true);
    }
    let bold = CellFormat::new().set_bold();
    let wrap = CellFormat::new().set_text_wrap();
    let mut widths: Vec<usize> = Vec::new();
    for (r, row) in table.rows.iter().enumerate() {
        let r = u32::try_from(r).map_err(|_| AppError::Internal)?;
        for (c, cell) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| AppError::Internal)?;
            let width = match cell {
                Cell::Text(t) => {
                    sheet
                        .write_string_with_format(r, c, t, &wrap)
                        .map_err(failed)?;
                    t.chars().count()
                }
                Cell::Heading(t) => {
                    sheet
                        .write_string_with_format(r, c, t, &bold)
                        .map_err(failed)?;
                    t.chars().count()
                }
                Cell::Number(n) => {
                    // Whole numbers of votes and counts: exact in an f64.
                    sheet.write_number(r, c, *n as f64).map_err(failed)?;
                    n.to_string().len()
                }
            };
            let c = usize::from(c);
            if widths.len() <= c {
                widths.resize(c + 1, 0);
            }
            widths[c] = widths[c].max(width);
        }
    }
    for (c, width) in widths.into_iter().enumerate() {
        let c = u16::try_from(c).map_err(|_| AppError::Internal)?;
        sheet
            .set_column_width(c, (width.clamp(8, 60) + 2) as f64)
            .map_err(failed)?;
    }
    workbook.save_to_buffer().map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_defuses_formulas() {
        let table = Table {
            name: "t".into(),
            rows: vec![
                vec![Cell::Heading("Member body".into()), "Reasons".into()],
                vec!["KEBS".into(), "Clause 5, \"scope\"\nline 2".into()],
                vec!["=HYPERLINK(\"x\")".into(), Cell::Number(12)],
                vec!["المغرب".into()],
            ],
        };
        assert_eq!(
            csv(&table),
            "\u{feff}Member body,Reasons\r\nKEBS,\"Clause 5, \"\"scope\"\"\nline 2\"\r\n\"'=HYPERLINK(\"\"x\"\")\",12\r\nالمغرب\r\n"
        );
    }

    #[test]
    fn xlsx_is_a_zip_with_the_sheet() {
        let table = Table {
            name: "Ballot: result?".into(),
            rows: vec![vec![Cell::Heading("A".into()), Cell::Number(3)]],
        };
        let bytes = xlsx(&table, Locale::Ar).expect("written");
        assert!(bytes.starts_with(b"PK\x03\x04"));
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut sheet = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("xl/worksheets/sheet1.xml").expect("sheet"),
            &mut sheet,
        )
        .expect("text");
        assert!(sheet.contains("rightToLeft=\"1\""), "{sheet}");
        assert!(sheet.contains("<v>3</v>"), "{sheet}");
    }
}
