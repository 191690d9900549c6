//! Reading uploaded comment templates: the worksheets of an XLSX workbook, or the tables of a
//! DOCX document, as [`Sheet`]s of text cells with their formulas and merged ranges. What the
//! cells mean is decided in `domain::comment_sheet`. Everything here is CPU work on bytes:
//! call it on a blocking thread.

use std::io::{Cursor, Read};

use crate::domain::comment_sheet::{Cell, Merged, Sheet, SheetRow};
use crate::model::Message;

/// The largest part of a package read (a 10,000-row sheet is a few megabytes; this stops a
/// small ZIP that inflates to gigabytes).
const MAX_PART_BYTES: u64 = 128 * 1024 * 1024;
const RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Reads the candidate tables of an uploaded file: every worksheet of an XLSX workbook in
/// order, or every table of a DOCX document. A file that is neither says precisely what it is.
pub fn read(bytes: &[u8]) -> Result<Vec<Sheet>, Message> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(Message::new("error-import-old-format"));
    }
    if !bytes.starts_with(b"PK") {
        return Err(Message::new("error-import-not-a-package"));
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|_| Message::new("error-import-not-a-package"))?;
    let names: Vec<String> = archive.file_names().map(String::from).collect();
    if names.iter().any(|n| n == "xl/workbook.xml") {
        read_workbook(&mut archive)
    } else if names.iter().any(|n| n == "word/document.xml") {
        let xml = part(&mut archive, "word/document.xml")?;
        read_word_tables(&xml)
    } else {
        let mut shown: Vec<&str> = names
            .iter()
            .map(String::as_str)
            .filter(|n| !n.ends_with('/'))
            .take(3)
            .collect();
        if names.len() > 3 {
            shown.push("…");
        }
        Err(Message::new("error-import-zip-not-template").arg("entries", shown.join(", ")))
    }
}

type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

/// One part of the package as text; a part that is missing, too big or not UTF-8 is damage.
fn part(archive: &mut Archive<'_>, name: &str) -> Result<String, Message> {
    let damaged = || Message::new("error-import-damaged").arg("part", name);
    let entry = archive.by_name(name).map_err(|_| damaged())?;
    let mut text = String::new();
    let read = entry
        .take(MAX_PART_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|_| damaged())?;
    if read as u64 > MAX_PART_BYTES {
        return Err(damaged());
    }
    Ok(text)
}

fn parse<'x>(xml: &'x str, name: &str) -> Result<roxmltree::Document<'x>, Message> {
    roxmltree::Document::parse(xml).map_err(|e| {
        tracing::info!(%e, part = name, "unreadable XML in an upload");
        Message::new("error-import-damaged").arg("part", name)
    })
}

fn named<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

/// The worksheets of a workbook, in the workbook's order.
fn read_workbook(archive: &mut Archive<'_>) -> Result<Vec<Sheet>, Message> {
    let workbook_xml = part(archive, "xl/workbook.xml")?;
    let workbook = parse(&workbook_xml, "xl/workbook.xml")?;
    let sheet_ids: Vec<String> = workbook
        .descendants()
        .filter(|n| named(*n, "sheet"))
        .filter_map(|n| n.attribute((RELATIONSHIPS, "id")).map(String::from))
        .collect();
    let rels_xml = part(archive, "xl/_rels/workbook.xml.rels").unwrap_or_default();
    let targets: Vec<(String, String)> = if rels_xml.is_empty() {
        Vec::new()
    } else {
        parse(&rels_xml, "xl/_rels/workbook.xml.rels")?
            .descendants()
            .filter(|n| named(*n, "Relationship"))
            .filter_map(|n| {
                Some((
                    n.attribute("Id")?.to_string(),
                    n.attribute("Target")?.to_string(),
                ))
            })
            .collect()
    };
    let mut paths: Vec<String> = sheet_ids
        .iter()
        .filter_map(|id| targets.iter().find(|(i, _)| i == id))
        .map(|(_, target)| match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        })
        .collect();
    if paths.is_empty() {
        paths.push("xl/worksheets/sheet1.xml".to_string());
    }
    let has_strings = archive.index_for_name("xl/sharedStrings.xml").is_some();
    let strings = match has_strings {
        true => shared_strings(&part(archive, "xl/sharedStrings.xml")?)?,
        false => Vec::new(),
    };
    paths
        .iter()
        .map(|path| {
            let xml = part(archive, path)?;
            worksheet(&xml, path, &strings)
        })
        .collect()
}

/// The text of a string item: its runs' texts, without phonetic guides.
fn item_text(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| named(*n, "t") && !n.ancestors().any(|a| named(a, "rPh")))
        .filter_map(|n| n.text())
        .collect()
}

fn shared_strings(xml: &str) -> Result<Vec<String>, Message> {
    let doc = parse(xml, "xl/sharedStrings.xml")?;
    Ok(doc
        .root_element()
        .children()
        .filter(|n| named(*n, "si"))
        .map(item_text)
        .collect())
}

/// `F9` → (9, 6).
fn cell_position(reference: &str) -> Option<(u32, u32)> {
    let letters: String = reference
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let row: u32 = reference[letters.len()..].parse().ok()?;
    let mut col = 0u32;
    for c in letters.chars() {
        col = col.checked_mul(26)? + (c.to_ascii_uppercase() as u32 - 'A' as u32 + 1);
    }
    (col > 0 && row > 0).then_some((row, col))
}

fn worksheet(xml: &str, path: &str, strings: &[String]) -> Result<Sheet, Message> {
    let doc = parse(xml, path)?;
    let damaged = || Message::new("error-import-damaged").arg("part", path);
    let mut sheet = Sheet::default();
    let mut next_row = 1u32;
    for row in doc.descendants().filter(|n| named(*n, "row")) {
        let number = match row.attribute("r") {
            Some(r) => r.parse().map_err(|_| damaged())?,
            None => next_row,
        };
        next_row = number + 1;
        let mut cells = Vec::new();
        let mut next_col = 1u32;
        for c in row.children().filter(|n| named(*n, "c")) {
            let col = match c.attribute("r") {
                Some(r) => cell_position(r).ok_or_else(damaged)?.1,
                None => next_col,
            };
            next_col = col + 1;
            let value = c.children().find(|n| named(*n, "v")).and_then(|v| v.text());
            let text = match c.attribute("t") {
                Some("s") => value
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .and_then(|i| strings.get(i).cloned())
                    .ok_or_else(damaged)?,
                Some("inlineStr") => c
                    .children()
                    .find(|n| named(*n, "is"))
                    .map(item_text)
                    .unwrap_or_default(),
                Some("b") => match value {
                    Some("1") => "TRUE".to_string(),
                    _ => "FALSE".to_string(),
                },
                _ => value.unwrap_or_default().to_string(),
            };
            let formula = c
                .children()
                .find(|n| named(*n, "f"))
                .map(|f| f.text().unwrap_or_default().to_string());
            if !text.trim().is_empty() || formula.is_some() {
                cells.push((col, Cell { text, formula }));
            }
        }
        if !cells.is_empty() {
            sheet.rows.push(SheetRow { number, cells });
        }
    }
    for m in doc.descendants().filter(|n| named(*n, "mergeCell")) {
        let Some((from, to)) = m.attribute("ref").and_then(|r| r.split_once(':')) else {
            continue;
        };
        if let (Some(a), Some(b)) = (cell_position(from), cell_position(to)) {
            sheet.merged.push(Merged {
                first_row: a.0,
                first_col: a.1,
                last_row: b.0,
                last_col: b.1,
            });
        }
    }
    Ok(sheet)
}

/// The text of a table cell: its paragraphs, one a line.
fn word_cell_text(cell: roxmltree::Node<'_, '_>) -> String {
    let paragraphs: Vec<String> = cell
        .children()
        .filter(|n| named(*n, "p"))
        .map(|p| {
            let mut text = String::new();
            for n in p.descendants() {
                if named(n, "t") {
                    text.push_str(n.text().unwrap_or_default());
                } else if named(n, "tab") {
                    text.push(' ');
                } else if named(n, "br") {
                    text.push('\n');
                }
            }
            text
        })
        .collect();
    paragraphs.join("\n")
}

/// The tables of a Word document as sheets: rows numbered from 1 in each table; a cell that
/// spans columns (`gridSpan`) or continues a vertical merge (`vMerge`) is a merged range.
fn read_word_tables(xml: &str) -> Result<Vec<Sheet>, Message> {
    let doc = parse(xml, "word/document.xml")?;
    let mut sheets = Vec::new();
    for table in doc.descendants().filter(|n| named(*n, "tbl")) {
        let mut sheet = Sheet::default();
        for (index, tr) in table.children().filter(|n| named(*n, "tr")).enumerate() {
            let number = index as u32 + 1;
            let mut cells = Vec::new();
            let mut col = 1u32;
            for tc in tr.children().filter(|n| named(*n, "tc")) {
                let properties = tc.children().find(|n| named(*n, "tcPr"));
                let span = properties
                    .and_then(|p| p.children().find(|n| named(*n, "gridSpan")))
                    .and_then(|g| g.attributes().find(|a| a.name() == "val"))
                    .and_then(|a| a.value().parse::<u32>().ok())
                    .unwrap_or(1)
                    .max(1);
                let continues = properties
                    .and_then(|p| p.children().find(|n| named(*n, "vMerge")))
                    .is_some_and(|v| {
                        v.attributes()
                            .find(|a| a.name() == "val")
                            .is_none_or(|a| a.value() == "continue")
                    });
                if span > 1 || continues {
                    sheet.merged.push(Merged {
                        first_row: number,
                        first_col: col,
                        last_row: number,
                        last_col: col + span - 1,
                    });
                }
                let text = word_cell_text(tc);
                if !text.trim().is_empty() {
                    cells.push((col, Cell::text(text)));
                }
                col += span;
            }
            if !cells.is_empty() {
                sheet.rows.push(SheetRow { number, cells });
            }
        }
        sheets.push(sheet);
    }
    Ok(sheets)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn cell_references_read_as_spreadsheets_write_them() {
        assert_eq!(cell_position("F9"), Some((9, 6)));
        assert_eq!(cell_position("AA10"), Some((10, 27)));
        assert_eq!(cell_position("9"), None);
        assert_eq!(cell_position("A0"), None);
    }

    #[test]
    fn word_tables_read_cell_by_cell() {
        let xml = r#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:tbl>
            <w:tr><w:tc><w:p><w:r><w:t>Type</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Comments</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Proposed change</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>te</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p><w:p><w:r><w:t>second</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">Write g/kg.</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl></w:body></w:document>"#;
        let sheets = read_word_tables(xml).unwrap();
        let row = &sheets[0].rows[1];
        assert_eq!(row.number, 2);
        let texts: Vec<(u32, &str)> = row
            .cells
            .iter()
            .map(|(c, v)| (*c, v.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            vec![(1, "te"), (2, "A & B\nsecond"), (3, "Write g/kg.")]
        );
    }

    #[test]
    fn not_a_template_says_what_it_is() {
        assert_eq!(
            read(b"hello").unwrap_err().key,
            "error-import-not-a-package"
        );
        assert_eq!(
            read(&[0xD0, 0xCF, 0x11, 0xE0, 0, 0]).unwrap_err().key,
            "error-import-old-format"
        );
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("photos/cat.jpg", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, b"meow").unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        let error = read(&bytes).unwrap_err();
        assert_eq!(error.key, "error-import-zip-not-template");
        assert_eq!(
            error.args,
            vec![("entries".to_string(), "photos/cat.jpg".to_string())]
        );
    }
}
