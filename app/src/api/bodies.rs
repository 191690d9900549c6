//! Bodies and their committees.

use leptos::prelude::*;

use crate::{error::AppError, model::BodySummary};

/// Every body with its committees (public).
#[server(prefix = "/_sf", endpoint = "bodies")]
pub async fn list_bodies() -> Result<Vec<BodySummary>, AppError> {
    let state = crate::server::state::app_state()?;
    Ok(crate::server::db::bodies::list_with_committees(&state.pool).await?)
}
