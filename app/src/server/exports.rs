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
    /// Office Open XML document: the table on landscape pages, its first row repeated as the
    /// header of each page.
    Docx,
}

impl Format {
    /// From a file extension (`csv`, `xlsx`).
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext {
            "csv" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            "docx" => Some(Format::Docx),
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
        Format::Docx => Download {
            bytes: docx(table, locale)?,
            content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            file_name: format!("{stem}.docx"),
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

fn xml_escape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .fold(String::with_capacity(text.len()), |mut out, c| {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                _ => out.push(c),
            }
            out
        })
}

/// One paragraph of a cell: lines become runs separated by breaks.
fn docx_paragraph(text: &str, bold: bool, rtl: bool) -> String {
    let props = match (bold, rtl) {
        (true, true) => "<w:rPr><w:b/><w:rtl/></w:rPr>",
        (true, false) => "<w:rPr><w:b/></w:rPr>",
        (false, true) => "<w:rPr><w:rtl/></w:rPr>",
        (false, false) => "",
    };
    let runs = text
        .split('\n')
        .map(|line| format!("<w:t xml:space=\"preserve\">{}</w:t>", xml_escape(line)))
        .collect::<Vec<_>>()
        .join("<w:br/>");
    let para = if rtl { "<w:pPr><w:bidi/></w:pPr>" } else { "" };
    format!("<w:p>{para}<w:r>{props}{runs}</w:r></w:p>")
}

/// The table as a DOCX document: its name as the title, the table on A4 landscape pages with
/// its first row repeated as the header of each page, right to left for Arabic readers.
pub fn docx(table: &Table, locale: Locale) -> Result<Vec<u8>, AppError> {
    let rtl = locale.dir() == "rtl";
    let columns = table.rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
    // 15,398 twentieths of a point fit between the margins of A4 landscape.
    let width = 15_398 / columns;
    let mut body = String::new();
    body.push_str(&docx_paragraph(&table.name, true, rtl));
    body.push_str("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/>");
    if rtl {
        body.push_str("<w:bidiVisual/>");
    }
    body.push_str(
        "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>\
         <w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>",
    );
    for _ in 0..columns {
        body.push_str(&format!("<w:gridCol w:w=\"{width}\"/>"));
    }
    body.push_str("</w:tblGrid>");
    for (i, row) in table.rows.iter().filter(|r| !r.is_empty()).enumerate() {
        body.push_str("<w:tr>");
        if i == 0 {
            body.push_str("<w:trPr><w:tblHeader/></w:trPr>");
        }
        for c in 0..columns {
            let (text, bold) = match row.get(c) {
                Some(Cell::Text(t)) => (t.clone(), false),
                Some(Cell::Heading(t)) => (t.clone(), true),
                Some(Cell::Number(n)) => (n.to_string(), false),
                None => (String::new(), false),
            };
            body.push_str(&format!(
                "<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/></w:tcPr>{}</w:tc>",
                docx_paragraph(&text, bold, rtl)
            ));
        }
        body.push_str("</w:tr>");
    }
    body.push_str("</w:tbl><w:p/>");
    package(
        &body,
        "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>\
         <w:pgMar w:top=\"720\" w:right=\"720\" w:bottom=\"720\" w:left=\"720\" w:header=\"360\" w:footer=\"360\" w:gutter=\"0\"/>",
    )
}

/// A letter as a DOCX document on A4 portrait pages: paragraphs (text, bold), right to left
/// for Arabic readers.
pub fn letter(paragraphs: &[(String, bool)], locale: Locale) -> Result<Vec<u8>, AppError> {
    let rtl = locale.dir() == "rtl";
    let body: String = paragraphs
        .iter()
        .map(|(text, bold)| docx_paragraph(text, *bold, rtl))
        .collect();
    package(
        &body,
        "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>",
    )
}

/// A WordprocessingML package around a body and its section's page settings.
fn package(body: &str, section: &str) -> Result<Vec<u8>, AppError> {
    use std::io::Write;
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}\
         <w:sectPr>{section}</w:sectPr></w:body></w:document>"
    );
    let parts = [
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
             <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
             <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
             <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
             </Types>"
                .to_string(),
        ),
        (
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
             <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
             </Relationships>"
                .to_string(),
        ),
        ("word/document.xml", document),
    ];
    let failed = |e: &dyn std::fmt::Display| {
        tracing::error!(%e, "DOCX export failed");
        AppError::Internal
    };
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        zip.start_file(name, options).map_err(|e| failed(&e))?;
        zip.write_all(content.as_bytes()).map_err(|e| failed(&e))?;
    }
    let cursor = zip.finish().map_err(|e| failed(&e))?;
    Ok(cursor.into_inner())
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

    #[test]
    fn docx_is_a_landscape_table_with_a_repeated_header() {
        let table = Table {
            name: "Compiled comments".into(),
            rows: vec![
                vec![
                    Cell::Heading("MB/NC".into()),
                    Cell::Heading("Comments".into()),
                ],
                vec!["KEBS".into(), "Line one\nline <two> & more".into()],
            ],
        };
        let bytes = docx(&table, Locale::En).expect("written");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("word/document.xml").expect("document"),
            &mut xml,
        )
        .expect("text");
        assert!(xml.contains("w:orient=\"landscape\""));
        assert!(xml.contains("<w:tblHeader/>"));
        assert!(xml.contains("line &lt;two&gt; &amp; more"));
        assert!(xml.contains("<w:br/>"));
        assert!(!xml.contains("bidiVisual"));
        assert!(archive.by_name("[Content_Types].xml").is_ok());
        let arabic = docx(&table, Locale::Ar).expect("written");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(arabic)).expect("a zip");
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("word/document.xml").expect("document"),
            &mut xml,
        )
        .expect("text");
        assert!(xml.contains("<w:bidiVisual/>"));
    }
}
