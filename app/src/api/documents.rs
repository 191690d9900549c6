//! The document register, the work programme and search, for the pages.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{
    error::AppError,
    model::{DocumentList, DocumentView, ProjectView, SearchResults, WorkProgramme},
};

#[cfg(feature = "ssr")]
use super::caller as user;

/// A page of a committee's register.
#[server(prefix = "/_sf", endpoint = "documents")]
pub async fn list_documents(
    committee_id: String,
    kind: Option<String>,
    sort: Option<String>,
    dir: Option<String>,
    page: Option<i64>,
) -> Result<DocumentList, AppError> {
    let (state, user) = user().await?;
    let params = crate::server::documents::ListParams {
        kind,
        sort,
        dir,
        page,
    };
    crate::server::documents::list(&state, user.as_ref(), &committee_id, &params).await
}

/// A document with its versions.
#[server(prefix = "/_sf", endpoint = "document")]
pub async fn get_document(id: String) -> Result<DocumentView, AppError> {
    let (state, user) = user().await?;
    crate::server::documents::view(&state, user.as_ref(), &id).await
}

/// A committee's work programme.
#[server(prefix = "/_sf", endpoint = "work_programme")]
pub async fn get_work_programme(committee_id: String) -> Result<WorkProgramme, AppError> {
    let (state, user) = user().await?;
    crate::server::projects::programme(&state, user.as_ref(), &committee_id).await
}

/// A project with its stage history.
#[server(prefix = "/_sf", endpoint = "project")]
pub async fn get_project(id: String) -> Result<ProjectView, AppError> {
    let (state, user) = user().await?;
    crate::server::projects::view(&state, user.as_ref(), &id).await
}

/// Search results.
#[server(prefix = "/_sf", endpoint = "search")]
pub async fn search_documents(q: String, page: Option<i64>) -> Result<SearchResults, AppError> {
    let (state, user) = user().await?;
    crate::server::documents::search(&state, user.as_ref(), &q, page.unwrap_or(1)).await
}
