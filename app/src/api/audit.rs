//! The audit trail, for the pages.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{error::AppError, model::AuditPage};

#[cfg(feature = "ssr")]
use super::caller as user;

/// A page of the audit trail: the whole of it (portal administrators) or one committee's.
#[server(prefix = "/_sf", endpoint = "audit")]
pub async fn get_audit(
    committee: Option<String>,
    before: Option<i64>,
) -> Result<AuditPage, AppError> {
    let (state, user) = user().await?;
    crate::server::audit::page(&state, user.as_ref(), committee.as_deref(), before).await
}
