//! Reading a multipart upload (a document with its file) for the form routes and the JSON API:
//! the file is streamed to a temporary file with the size limit checked on the way, the other
//! fields are read with a small limit each. A request that announces more than the limit is
//! refused before its body is read.

use std::collections::HashMap;

use app::{
    error::AppError,
    model::Message,
    server::{
        documents::{NewDocumentInput, Upload},
        files::{self, too_large},
        state::AppState,
    },
};
use axum::{
    body::Body,
    extract::{multipart::MultipartError, FromRequest, Multipart, Request},
    http::{header, StatusCode},
};

/// The longest value of a text field, in bytes (a title is at most 500 characters).
const FIELD_MAX_BYTES: usize = 64 * 1024;
/// Room for the text fields and multipart framing beside the file, when checking Content-Length.
const FRAMING_BYTES: u64 = 1024 * 1024;

/// A multipart request: its text fields, and the file sent as `file` (when there is one).
#[derive(Debug, Default)]
pub struct UploadRequest {
    /// Text fields by name (the first value of each).
    pub fields: HashMap<String, String>,
    /// The file.
    pub file: Option<Upload>,
}

impl UploadRequest {
    /// A text field, or the empty string.
    pub fn field(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }

    /// The fields of a new document, as the register form and the API send them.
    pub fn new_document(&self) -> NewDocumentInput {
        NewDocumentInput {
            title: self.field("title"),
            title_fr: self.fields.get("title_fr").cloned(),
            title_ar: self.fields.get("title_ar").cloned(),
            kind: self.field("kind"),
            project_id: self.fields.get("project_id").cloned(),
            status: self.fields.get("status").cloned(),
            public: matches!(self.field("public").trim(), "true" | "on" | "1"),
        }
    }
}

/// Reads a multipart request from a signed-in person (anyone else gets 401 before a byte of
/// the body is read, so nobody can make the server spool files without an account). Fails
/// with 413 as soon as the file passes the limit (or at once when `Content-Length` says it
/// will), and with a 422 on `file` when the body is not multipart or breaks off.
pub async fn read(
    state: &AppState,
    user: Option<&app::model::UserView>,
    request: Request<Body>,
) -> Result<UploadRequest, AppError> {
    if user.is_none() {
        return Err(AppError::Unauthenticated);
    }
    let limit = state.settings.max_upload_bytes;
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > limit.saturating_add(FRAMING_BYTES)) {
        return Err(too_large(limit));
    }
    // The whole body is limited too: the multipart parser reads ahead of what we consume, so
    // without this it could buffer far more than one file's worth from a fast sender.
    let (parts, body) = request.into_parts();
    let body = Body::new(http_body_util::Limited::new(
        body,
        usize::try_from(limit.saturating_add(FRAMING_BYTES)).unwrap_or(usize::MAX),
    ));
    let request = Request::from_parts(parts, body);
    let mut multipart = Multipart::from_request(request, state).await.map_err(|e| {
        tracing::info!(%e, "not a multipart request");
        AppError::invalid("file", Message::new("error-file-required"))
    })?;
    let mut upload = UploadRequest::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(e) => return Err(stream_error(&e, limit)),
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" && upload.file.is_none() {
            let file_name = field.file_name().unwrap_or_default().to_string();
            // A form sent with no file chosen still has an empty `file` part.
            let spooled = files::spool(field, limit, is_too_large).await?;
            if !(spooled.size == 0 && file_name.is_empty()) {
                upload.file = Some(Upload {
                    file: spooled,
                    file_name,
                });
            }
        } else {
            let mut field = field;
            let mut value: Vec<u8> = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(|e| stream_error(&e, limit))? {
                if value.len() + chunk.len() > FIELD_MAX_BYTES {
                    return Err(AppError::invalid(
                        &name,
                        Message::new("error-field-too-long"),
                    ));
                }
                value.extend_from_slice(&chunk);
            }
            let value = String::from_utf8(value)
                .map_err(|_| AppError::invalid(&name, Message::new("error-field-not-text")))?;
            upload.fields.entry(name).or_insert(value);
        }
    }
    Ok(upload)
}

/// Whether the multipart parser stopped because the request passed the body limit.
fn is_too_large(error: &MultipartError) -> bool {
    error.status() == StatusCode::PAYLOAD_TOO_LARGE
}

fn stream_error(error: &MultipartError, limit: u64) -> AppError {
    if is_too_large(error) {
        too_large(limit)
    } else {
        files::SpoolError::Interrupted(error.to_string()).into()
    }
}
