//! Documents of a committee: kinds, publication status, the body's draft names, the N-number
//! and the file types a committee accepts.

use crate::model::Message;

/// What a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentKind {
    /// WD: a draft of the working group or project team.
    WorkingDraft,
    /// CD: a draft circulated to the committee.
    CommitteeDraft,
    /// DIS / DARS / DS: the draft at enquiry.
    EnquiryDraft,
    /// FDIS / FDARS / FDS: the draft at approval.
    FinalDraft,
    /// A meeting agenda.
    Agenda,
    /// Minutes of a meeting.
    Minutes,
    /// Resolutions of a meeting or by correspondence.
    Resolutions,
    /// A report (e.g. of the secretariat or a liaison).
    Report,
    /// Comments compiled in the 8-column template.
    CompiledComments,
    /// Anything else.
    Other,
}

impl DocumentKind {
    /// Every kind, in the order forms and filters list them.
    pub const ALL: [DocumentKind; 10] = [
        DocumentKind::WorkingDraft,
        DocumentKind::CommitteeDraft,
        DocumentKind::EnquiryDraft,
        DocumentKind::FinalDraft,
        DocumentKind::Agenda,
        DocumentKind::Minutes,
        DocumentKind::Resolutions,
        DocumentKind::Report,
        DocumentKind::CompiledComments,
        DocumentKind::Other,
    ];

    /// The code used in the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            DocumentKind::WorkingDraft => "working_draft",
            DocumentKind::CommitteeDraft => "committee_draft",
            DocumentKind::EnquiryDraft => "enquiry_draft",
            DocumentKind::FinalDraft => "final_draft",
            DocumentKind::Agenda => "agenda",
            DocumentKind::Minutes => "minutes",
            DocumentKind::Resolutions => "resolutions",
            DocumentKind::Report => "report",
            DocumentKind::CompiledComments => "compiled_comments",
            DocumentKind::Other => "other",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Which of the body's four draft names this kind carries, if it is a draft.
    fn draft_index(self) -> Option<usize> {
        match self {
            DocumentKind::WorkingDraft => Some(0),
            DocumentKind::CommitteeDraft => Some(1),
            DocumentKind::EnquiryDraft => Some(2),
            DocumentKind::FinalDraft => Some(3),
            _ => None,
        }
    }

    /// Whether this kind is a draft of a standard.
    pub fn is_draft(self) -> bool {
        self.draft_index().is_some()
    }
}

/// Whether a document has been circulated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentStatus {
    /// Registered but not yet circulated ("to be notified"): the committee's officers only.
    Draft,
    /// Circulated to the committee's members.
    Published,
}

impl DocumentStatus {
    /// The code used in the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            DocumentStatus::Draft => "draft",
            DocumentStatus::Published => "published",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<DocumentStatus> {
        [DocumentStatus::Draft, DocumentStatus::Published]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// How a body names its drafts: working, committee, enquiry and final draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftNames(pub [String; 4]);

impl DraftNames {
    /// ISO's names, the default for a body that says nothing else.
    pub const ISO: &'static str = "WD,CD,DIS,FDIS";

    /// Reads the stored form `WD,CD,DARS,FDARS`; anything malformed falls back to ISO's names.
    pub fn parse(stored: &str) -> DraftNames {
        Self::check(stored).unwrap_or_else(|_| {
            Self::check(Self::ISO)
                .unwrap_or(DraftNames(["WD", "CD", "DIS", "FDIS"].map(String::from)))
        })
    }

    /// Checks a body's draft names as typed by an administrator: four short names, comma-separated.
    pub fn check(text: &str) -> Result<DraftNames, Message> {
        let names: Vec<String> = text.split(',').map(|n| n.trim().to_string()).collect();
        let well_formed = |n: &String| {
            !n.is_empty()
                && n.chars().count() <= 12
                && n.chars()
                    .all(|c| c.is_alphanumeric() || c == '/' || c == '-')
        };
        match <[String; 4]>::try_from(names) {
            Ok(names) if names.iter().all(well_formed) => Ok(DraftNames(names)),
            _ => Err(Message::new("error-draft-names-invalid")),
        }
    }

    /// The stored form.
    pub fn stored(&self) -> String {
        self.0.join(",")
    }

    /// The name of a draft of this kind in this body (`DARS` for an ARSO enquiry draft), or
    /// `None` for a kind that is not a draft.
    pub fn name_of(&self, kind: DocumentKind) -> Option<&str> {
        kind.draft_index().map(|i| self.0[i].as_str())
    }
}

/// A document's register number: the committee's reference, `N`, the number (`ARSO/TC 70 N 123`).
pub fn register_number(committee_reference: &str, number: i64) -> String {
    format!("{committee_reference} N {number}")
}

/// The longest title a document may have, in characters.
pub const TITLE_MAX_CHARS: usize = 500;

/// Checks a document's title (already trimmed).
pub fn check_title(title: &str) -> Result<(), Message> {
    if title.is_empty() {
        Err(Message::new("error-document-title-required"))
    } else if title.chars().count() > TITLE_MAX_CHARS {
        Err(Message::new("error-document-title-too-long").arg("max", TITLE_MAX_CHARS.to_string()))
    } else {
        Ok(())
    }
}

/// A file type a committee accepts, recognised from the file's content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileType {
    /// PDF.
    Pdf,
    /// Word document (Office Open XML).
    Docx,
    /// Excel workbook (Office Open XML).
    Xlsx,
    /// OpenDocument text.
    Odt,
    /// OpenDocument spreadsheet.
    Ods,
    /// Any other ZIP archive.
    Zip,
    /// Plain text in UTF-8.
    Txt,
    /// PNG image.
    Png,
    /// JPEG image.
    Jpeg,
}

impl FileType {
    /// Every accepted type, in the order the refusal message lists them.
    pub const ALL: [FileType; 9] = [
        FileType::Pdf,
        FileType::Docx,
        FileType::Xlsx,
        FileType::Odt,
        FileType::Ods,
        FileType::Zip,
        FileType::Txt,
        FileType::Png,
        FileType::Jpeg,
    ];

    /// The media type sent with the file.
    pub fn media_type(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            FileType::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            FileType::Odt => "application/vnd.oasis.opendocument.text",
            FileType::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            FileType::Zip => "application/zip",
            FileType::Txt => "text/plain; charset=utf-8",
            FileType::Png => "image/png",
            FileType::Jpeg => "image/jpeg",
        }
    }

    /// The short name people know the type by.
    pub fn label(self) -> &'static str {
        match self {
            FileType::Pdf => "PDF",
            FileType::Docx => "DOCX",
            FileType::Xlsx => "XLSX",
            FileType::Odt => "ODT",
            FileType::Ods => "ODS",
            FileType::Zip => "ZIP",
            FileType::Txt => "TXT",
            FileType::Png => "PNG",
            FileType::Jpeg => "JPEG",
        }
    }

    /// The type of a stored media type.
    pub fn from_media_type(media_type: &str) -> Option<FileType> {
        FileType::ALL
            .into_iter()
            .find(|t| t.media_type() == media_type)
    }

    /// Whether text is extracted from this type for full-text search.
    pub fn has_searchable_text(self) -> bool {
        matches!(
            self,
            FileType::Pdf | FileType::Docx | FileType::Odt | FileType::Txt
        )
    }

    /// The type a ZIP archive is, from the names of its entries and its ODF `mimetype` entry.
    pub fn of_zip<'a>(
        entry_names: impl IntoIterator<Item = &'a str>,
        odf_mimetype: Option<&str>,
    ) -> FileType {
        match odf_mimetype.map(str::trim) {
            Some("application/vnd.oasis.opendocument.text") => return FileType::Odt,
            Some("application/vnd.oasis.opendocument.spreadsheet") => return FileType::Ods,
            _ => {}
        }
        let names: Vec<&str> = entry_names.into_iter().collect();
        let has = |name: &str| names.contains(&name);
        if has("[Content_Types].xml") && has("word/document.xml") {
            FileType::Docx
        } else if has("[Content_Types].xml") && has("xl/workbook.xml") {
            FileType::Xlsx
        } else {
            FileType::Zip
        }
    }

    /// Recognises a file from its first bytes (at least 8 when the file is that long);
    /// `Some(Zip)` means "look inside the archive" with [`FileType::of_zip`]. Text is
    /// recognised by [`FileType::is_text`] on the whole file, not here.
    pub fn sniff(head: &[u8]) -> Option<FileType> {
        if head.starts_with(b"%PDF-") {
            Some(FileType::Pdf)
        } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(FileType::Png)
        } else if head.starts_with(b"\xFF\xD8\xFF") {
            Some(FileType::Jpeg)
        } else if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
            Some(FileType::Zip)
        } else {
            None
        }
    }

    /// Whether a piece of a file looks like plain text: valid UTF-8 (a character cut at the
    /// end of the piece is allowed) with no control characters other than tab, line feed,
    /// carriage return and form feed.
    pub fn is_text(piece: &[u8], is_last: bool) -> bool {
        let valid = match std::str::from_utf8(piece) {
            Ok(s) => s,
            Err(e) if !is_last && e.error_len().is_none() => {
                // A multi-byte character continues in the next piece.
                match std::str::from_utf8(&piece[..e.valid_up_to()]) {
                    Ok(s) => s,
                    Err(_) => return false,
                }
            }
            Err(_) => return false,
        };
        valid
            .chars()
            .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
    }

    /// The names of every accepted type, for the refusal message ("PDF, DOCX, …").
    pub fn accepted_list() -> String {
        FileType::ALL.map(FileType::label).join(", ")
    }
}

impl FileType {
    /// The file-name extensions that announce this type (lower case).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            FileType::Pdf => &["pdf"],
            FileType::Docx => &["docx"],
            FileType::Xlsx => &["xlsx"],
            FileType::Odt => &["odt"],
            FileType::Ods => &["ods"],
            FileType::Zip => &["zip"],
            FileType::Txt => &["txt", "csv", "md"],
            FileType::Png => &["png"],
            FileType::Jpeg => &["jpg", "jpeg"],
        }
    }
}

/// Checks that a file's name does not claim another type than its content: `draft.pdf` must
/// be a PDF. A name whose extension is none of ours (or that has none) says nothing and passes.
/// A ZIP archive may carry any of the ZIP-based extensions (DOCX … ODS are archives too).
pub fn check_name_matches(file_name: &str, content: FileType) -> Result<(), Message> {
    let Some((_, extension)) = file_name.rsplit_once('.') else {
        return Ok(());
    };
    let extension = extension.to_lowercase();
    let Some(claimed) = FileType::ALL
        .into_iter()
        .find(|t| t.extensions().contains(&extension.as_str()))
    else {
        return Ok(());
    };
    if claimed == content {
        Ok(())
    } else {
        Err(Message::new("error-file-name-mismatch")
            .arg("name", file_name)
            .arg("claimed", claimed.label())
            .arg("content", content.label()))
    }
}

/// The refusal for a file whose content is not an accepted type.
pub fn unaccepted_type() -> Message {
    Message::new("error-file-type").arg("accepted", FileType::accepted_list())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_codes() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(DocumentKind::from_code("draft"), None);
    }

    #[test]
    fn each_body_names_its_drafts() {
        let table = [
            ("WD,CD,DARS,FDARS", DocumentKind::EnquiryDraft, Some("DARS")),
            ("WD,CD,DARS,FDARS", DocumentKind::FinalDraft, Some("FDARS")),
            ("WD,CD,DS,FDS", DocumentKind::EnquiryDraft, Some("DS")),
            ("WD,CD,DS,FDS", DocumentKind::CommitteeDraft, Some("CD")),
            (DraftNames::ISO, DocumentKind::EnquiryDraft, Some("DIS")),
            (DraftNames::ISO, DocumentKind::WorkingDraft, Some("WD")),
            (DraftNames::ISO, DocumentKind::Minutes, None),
            // A malformed setting falls back to ISO's names.
            ("WD,CD", DocumentKind::FinalDraft, Some("FDIS")),
            ("", DocumentKind::EnquiryDraft, Some("DIS")),
        ];
        for (stored, kind, expected) in table {
            assert_eq!(
                DraftNames::parse(stored).name_of(kind),
                expected,
                "{stored} {kind:?}"
            );
        }
        assert!(DraftNames::check("WD, CD, DARS, FDARS").is_ok());
        assert!(DraftNames::check("WD,CD,DARS").is_err());
        assert!(DraftNames::check("WD,CD,DARS,<b>").is_err());
        assert!(DraftNames::check("WD,CD,,FDARS").is_err());
    }

    #[test]
    fn the_register_number_joins_committee_and_number() {
        assert_eq!(register_number("ARSO/TC 70", 123), "ARSO/TC 70 N 123");
        assert_eq!(register_number("SMIIC/TC 1/WG 2", 1), "SMIIC/TC 1/WG 2 N 1");
    }

    #[test]
    fn titles_must_be_present_and_not_too_long() {
        assert!(check_title("").is_err());
        assert!(check_title("مشروع المواصفة — Café ☕").is_ok());
        assert!(check_title(&"é".repeat(TITLE_MAX_CHARS)).is_ok());
        assert!(check_title(&"é".repeat(TITLE_MAX_CHARS + 1)).is_err());
    }

    #[test]
    fn files_are_recognised_by_their_first_bytes() {
        let table: [(&[u8], Option<FileType>); 7] = [
            (b"%PDF-1.7\n%", Some(FileType::Pdf)),
            (b"\x89PNG\r\n\x1a\n\0\0", Some(FileType::Png)),
            (b"\xFF\xD8\xFF\xE0\0\x10JFIF", Some(FileType::Jpeg)),
            (b"PK\x03\x04\x14\0\0\0", Some(FileType::Zip)),
            (b"MZ\x90\0\x03\0\0\0", None),
            (b"GIF89a\x01\0", None),
            (b"", None),
        ];
        for (head, expected) in table {
            assert_eq!(FileType::sniff(head), expected, "{head:?}");
        }
    }

    #[test]
    fn archives_are_told_apart_by_their_entries() {
        let docx = ["[Content_Types].xml", "_rels/.rels", "word/document.xml"];
        let xlsx = ["[Content_Types].xml", "xl/workbook.xml"];
        assert_eq!(FileType::of_zip(docx, None), FileType::Docx);
        assert_eq!(FileType::of_zip(xlsx, None), FileType::Xlsx);
        assert_eq!(
            FileType::of_zip(
                ["mimetype", "content.xml"],
                Some("application/vnd.oasis.opendocument.text")
            ),
            FileType::Odt
        );
        assert_eq!(
            FileType::of_zip(
                ["mimetype"],
                Some("application/vnd.oasis.opendocument.spreadsheet")
            ),
            FileType::Ods
        );
        assert_eq!(FileType::of_zip(["a.txt"], None), FileType::Zip);
        // A presentation is still an archive we accept, as a plain ZIP.
        assert_eq!(
            FileType::of_zip(
                ["mimetype"],
                Some("application/vnd.oasis.opendocument.presentation")
            ),
            FileType::Zip
        );
    }

    #[test]
    fn text_is_utf8_without_control_characters() {
        assert!(FileType::is_text(
            "Projet — مشروع\r\n\tfin".as_bytes(),
            true
        ));
        assert!(!FileType::is_text(b"\xFF\xFEa\0b\0", true));
        assert!(!FileType::is_text(b"abc\0def", true));
        // A character cut by the end of a piece is fine, unless the file ends there.
        let cut = &"é".as_bytes()[..1];
        assert!(FileType::is_text(&[b"abc", cut].concat(), false));
        assert!(!FileType::is_text(&[b"abc", cut].concat(), true));
    }

    #[test]
    fn names_may_not_claim_another_type() {
        let table = [
            ("draft.pdf", FileType::Pdf, true),
            ("DRAFT.PDF", FileType::Pdf, true),
            ("photo.JPG", FileType::Jpeg, true),
            ("notes", FileType::Txt, true),
            ("archive.tar.gz", FileType::Zip, true),
            ("comments.csv", FileType::Txt, true),
            // The name says PDF, the content is a picture or a Word file.
            ("draft.pdf", FileType::Png, false),
            ("draft.pdf", FileType::Docx, false),
            ("report.docx", FileType::Pdf, false),
            ("sheet.xlsx", FileType::Docx, false),
            ("notes.txt", FileType::Pdf, false),
        ];
        for (name, content, ok) in table {
            assert_eq!(
                check_name_matches(name, content).is_ok(),
                ok,
                "{name} {content:?}"
            );
        }
    }

    #[test]
    fn the_refusal_lists_what_is_accepted() {
        let m = unaccepted_type();
        assert_eq!(m.key, "error-file-type");
        assert_eq!(
            m.args[0].1,
            "PDF, DOCX, XLSX, ODT, ODS, ZIP, TXT, PNG, JPEG"
        );
    }
}
