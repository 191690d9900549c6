//! Uploaded files: spooled to a temporary file while streaming (hashing and counting on the
//! way, stopping at the size limit), then recognised from their content and searched for text.
//!
//! Nothing here touches the database: `documents` stores a spooled file once it is known good,
//! so an upload that is cut off or refused leaves nothing behind (the temporary file is removed
//! when [`Spooled`] is dropped).

use std::io::{Read, Seek};

use axum::body::Bytes;
use futures_util::{Stream, StreamExt};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::{
    domain::documents::{unaccepted_type, FileType},
    error::AppError,
    model::Message,
};

/// How much extracted text is kept for search (characters); the rest of a huge draft is not indexed.
const MAX_TEXT_CHARS: usize = 2_000_000;

/// A file received in full and written to a temporary file.
#[derive(Debug)]
pub struct Spooled {
    /// The temporary file; removed when this is dropped.
    pub path: tempfile::TempPath,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the content, hex.
    pub sha256: String,
}

/// Why a file could not be received.
#[derive(Debug)]
pub enum SpoolError {
    /// Larger than the limit (bytes).
    TooLarge(u64),
    /// The stream broke off before the end (the client went away, or the request was malformed).
    Interrupted(String),
    /// The temporary file could not be written.
    Io(std::io::Error),
}

impl From<SpoolError> for AppError {
    fn from(error: SpoolError) -> Self {
        match error {
            SpoolError::TooLarge(limit) => too_large(limit),
            SpoolError::Interrupted(detail) => {
                tracing::info!(%detail, "upload interrupted");
                AppError::invalid("file", Message::new("error-upload-interrupted"))
            }
            SpoolError::Io(e) => {
                tracing::error!(%e, "cannot write an upload to a temporary file");
                AppError::Internal
            }
        }
    }
}

/// The refusal of a file over the limit, in megabytes.
pub fn too_large(limit: u64) -> AppError {
    AppError::TooLarge(
        Message::new("error-file-too-large").arg("max", (limit / (1024 * 1024)).to_string()),
    )
}

/// Writes a stream of bytes to a temporary file, hashing it, and stops with
/// [`SpoolError::TooLarge`] as soon as it passes `limit` bytes (or when the stream fails with an
/// error that `is_too_large` recognises as the request body's own limit).
pub async fn spool<S, E>(
    mut stream: S,
    limit: u64,
    is_too_large: impl Fn(&E) -> bool,
) -> Result<Spooled, SpoolError>
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let (file, path) = tempfile::NamedTempFile::new()
        .map_err(SpoolError::Io)?
        .into_parts();
    let mut file = tokio::fs::File::from_std(file);
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| {
            if is_too_large(&e) {
                SpoolError::TooLarge(limit)
            } else {
                SpoolError::Interrupted(e.to_string())
            }
        })?;
        size += chunk.len() as u64;
        if size > limit {
            return Err(SpoolError::TooLarge(limit));
        }
        hasher.update(&chunk);
        file.write_all(&chunk).await.map_err(SpoolError::Io)?;
    }
    file.flush().await.map_err(SpoolError::Io)?;
    Ok(Spooled {
        path,
        size,
        sha256: hex::encode(hasher.finalize()),
    })
}

/// What a received file turned out to be.
#[derive(Debug)]
pub struct Analysed {
    /// Its type, from its content.
    pub file_type: FileType,
    /// Its text, for search, when the type has any and it could be read.
    pub text: Option<String>,
}

/// Recognises a spooled file and extracts its text (on a blocking thread: PDF parsing is CPU
/// work). A file that is none of the accepted types is refused with the list of those that are.
pub async fn analyse(spooled: &Spooled) -> Result<Analysed, AppError> {
    if spooled.size == 0 {
        return Err(AppError::invalid("file", Message::new("error-file-empty")));
    }
    let path = spooled.path.to_path_buf();
    let analysed = tokio::task::spawn_blocking(move || analyse_blocking(&path))
        .await
        .map_err(|e| {
            tracing::error!(%e, "file analysis failed");
            AppError::Internal
        })?;
    analysed.map_err(|m| AppError::invalid("file", m))
}

fn analyse_blocking(path: &std::path::Path) -> Result<Analysed, Message> {
    let io = |e: std::io::Error| {
        tracing::error!(%e, "cannot read a spooled upload");
        Message::new("error-internal")
    };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut head = [0u8; 8];
    let read = read_up_to(&mut file, &mut head).map_err(io)?;
    let file_type = match FileType::sniff(&head[..read]) {
        Some(FileType::Zip) => {
            file.rewind().map_err(io)?;
            zip_type(file).ok_or_else(unaccepted_type)?
        }
        Some(t) => t,
        None => {
            file.rewind().map_err(io)?;
            if is_text_file(&mut file).map_err(io)? {
                FileType::Txt
            } else {
                return Err(unaccepted_type());
            }
        }
    };
    let text = if file_type.has_searchable_text() {
        // A parser that fails (or panics) on a damaged file costs the search, not the upload.
        let owned = path.to_path_buf();
        std::panic::catch_unwind(move || extract_text(&owned, file_type))
            .ok()
            .flatten()
            .map(|t| t.chars().take(MAX_TEXT_CHARS).collect())
    } else {
        None
    };
    Ok(Analysed { file_type, text })
}

fn read_up_to(file: &mut std::fs::File, buffer: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match file.read(&mut buffer[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// The kind of ZIP archive, or `None` when it is not a readable archive.
fn zip_type(file: std::fs::File) -> Option<FileType> {
    let mut archive = zip::ZipArchive::new(file).ok()?;
    let mimetype = archive.by_name("mimetype").ok().and_then(|mut entry| {
        let mut text = String::new();
        entry.by_ref().take(200).read_to_string(&mut text).ok()?;
        Some(text)
    });
    let names: Vec<String> = archive.file_names().map(String::from).collect();
    Some(FileType::of_zip(
        names.iter().map(String::as_str),
        mimetype.as_deref(),
    ))
}

/// Reads the whole file in pieces: UTF-8 text without control characters?
fn is_text_file(file: &mut std::fs::File) -> std::io::Result<bool> {
    let mut buffer = vec![0u8; 64 * 1024];
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = file.read(&mut buffer)?;
        let mut piece = std::mem::take(&mut carry);
        piece.extend_from_slice(&buffer[..n]);
        let is_last = n == 0;
        if !FileType::is_text(&piece, is_last) {
            return Ok(false);
        }
        if is_last {
            return Ok(true);
        }
        // Keep an incomplete character at the end for the next piece.
        if let Err(e) = std::str::from_utf8(&piece) {
            carry = piece[e.valid_up_to()..].to_vec();
        }
    }
}

/// The text of a PDF, DOCX, ODT or TXT file, or `None` when it cannot be read.
fn extract_text(path: &std::path::Path, file_type: FileType) -> Option<String> {
    match file_type {
        FileType::Pdf => {
            let bytes = std::fs::read(path).ok()?;
            match pdf_extract::extract_text_from_mem(&bytes) {
                Ok(text) => Some(text),
                Err(e) => {
                    tracing::info!(%e, "no text from a PDF");
                    None
                }
            }
        }
        FileType::Docx => xml_entry_text(path, "word/document.xml"),
        FileType::Odt => xml_entry_text(path, "content.xml"),
        FileType::Txt => std::fs::read_to_string(path).ok(),
        _ => None,
    }
}

fn xml_entry_text(path: &std::path::Path, entry: &str) -> Option<String> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(path).ok()?).ok()?;
    let mut xml = String::new();
    archive
        .by_name(entry)
        .ok()?
        .take(64 * 1024 * 1024)
        .read_to_string(&mut xml)
        .ok()?;
    Some(xml_text(&xml))
}

/// The text of a word-processing XML part (WordprocessingML or OpenDocument): the character
/// data with tags removed, a line break after each paragraph or heading, a space for tabs.
pub fn xml_text(xml: &str) -> String {
    let mut text = String::with_capacity(xml.len() / 4);
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        text.push_str(&unescape(&rest[..open]));
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let tag = &rest[open + 1..open + close];
        let name = tag
            .trim_start_matches('/')
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default();
        match name {
            "w:p" | "text:p" | "text:h" | "w:br" | "text:line-break"
                if tag.starts_with('/') || tag.ends_with('/') =>
            {
                text.push('\n')
            }
            "w:tab" | "text:tab" | "text:s" => text.push(' '),
            _ => {}
        }
        rest = &rest[open + close + 1..];
    }
    text
}

fn unescape(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(semi) = after.find(';').filter(|i| *i <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let entity = &after[..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_processing_xml_gives_its_text() {
        let docx = r#"<w:document><w:body><w:p><w:r><w:t>Scope</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Dates &amp; </w:t></w:r><w:r><w:t>figues</w:t></w:r><w:r><w:tab/><w:t>&#x645;&#1585;</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(xml_text(docx), "Scope\nDates & figues مر\n");
        let odt = r#"<office:text><text:h text:outline-level="1">Domaine</text:h><text:p>Café<text:s/>noir</text:p><text:p/></office:text>"#;
        assert_eq!(xml_text(odt), "Domaine\nCafé noir\n\n");
        assert_eq!(
            unescape("a &unknown; b &lt;c&gt; & d"),
            "a &unknown; b <c> & d"
        );
    }
}
