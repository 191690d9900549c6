//! The rules of standardisation work, pure: no sqlx, axum or leptos, no cfg gates.
//! Each rule is a function over plain data with a table test beside it.

pub mod accounts;
pub mod audit;
pub mod ballots;
pub mod comment_sheet;
pub mod comments;
pub mod committees;
pub mod documents;
pub mod locale;
pub mod meetings;
pub mod member_bodies;
pub mod notifications;
pub mod paging;
pub mod permissions;
pub mod projects;
pub mod rate_limit;
pub mod stages;
