//! Comments on drafts, for the pages.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{error::AppError, model::CommentsPage};

#[cfg(feature = "ssr")]
use super::caller as user;

/// A document's comments page.
#[server(prefix = "/_sf", endpoint = "comments")]
pub async fn get_comments_page(
    document_id: String,
    from: Option<String>,
    kind: Option<String>,
    q: Option<String>,
    page: Option<i64>,
) -> Result<CommentsPage, AppError> {
    let (state, user) = user().await?;
    crate::server::comments::page(
        &state,
        user.as_ref(),
        &document_id,
        from.as_deref().filter(|f| !f.is_empty()),
        kind.as_deref().filter(|k| !k.is_empty()),
        q.as_deref().filter(|q| !q.trim().is_empty()),
        page.unwrap_or(1),
    )
    .await
}
