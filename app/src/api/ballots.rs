//! Ballots, for the pages: a committee's list, a ballot's page, the ballots needing the
//! reader's vote, and a committee's participation.
#![expect(
    missing_docs,
    reason = "#[server] turns each argument into an undocumented struct field"
)]

use leptos::prelude::*;

use crate::{
    error::AppError,
    model::{BallotList, BallotNeedingVote, BallotPage, ParticipationView},
};

#[cfg(feature = "ssr")]
use super::caller as user;

/// A page of a committee's ballots.
#[server(prefix = "/_sf", endpoint = "ballots")]
pub async fn list_ballots(committee_id: String, page: Option<i64>) -> Result<BallotList, AppError> {
    let (state, user) = user().await?;
    crate::server::ballots::list(&state, user.as_ref(), &committee_id, page.unwrap_or(1)).await
}

/// A ballot with everything its page shows.
#[server(prefix = "/_sf", endpoint = "ballot")]
pub async fn get_ballot_page(id: String) -> Result<BallotPage, AppError> {
    let (state, user) = user().await?;
    crate::server::ballots::page(&state, user.as_ref(), &id).await
}

/// Open ballots waiting for a vote of a member body the reader is an officer of.
#[server(prefix = "/_sf", endpoint = "ballots_needing_my_vote")]
pub async fn ballots_needing_my_vote() -> Result<Vec<BallotNeedingVote>, AppError> {
    let (state, user) = user().await?;
    crate::server::ballots::needing_my_vote(&state, user.as_ref()).await
}

/// A committee's participation in ballots over the last 12 months.
#[server(prefix = "/_sf", endpoint = "participation")]
pub async fn get_participation(committee_id: String) -> Result<ParticipationView, AppError> {
    let (state, user) = user().await?;
    crate::server::ballots::participation(&state, user.as_ref(), &committee_id).await
}

/// A body's ballot rules.
#[server(prefix = "/_sf", endpoint = "body_rules")]
pub async fn get_rules(acronym: String) -> Result<crate::model::RulesView, AppError> {
    let (state, user) = user().await?;
    Ok(
        crate::server::ballots::rules(&state, user.as_ref(), &acronym)
            .await?
            .0,
    )
}
