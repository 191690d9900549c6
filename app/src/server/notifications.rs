//! Notifications in the portal: what is written when something happens in a committee, and
//! each person's list, count and "mark read". Only the person reads or marks their own; a
//! notification of someone else is unknown (404).

use super::{db, now_ms, state::AppState, time};
use crate::{
    domain::locale::Locale,
    error::{AppError, AppResult},
    i18n::translate_args,
    model::{Message, NotificationList, NotificationView, UserView},
};

/// Notifications a page.
pub const PER_PAGE: i64 = 50;

/// Tells a committee's people (see `db::notifications::notify_committee`) about an event,
/// inside the transaction of the change itself. Returns how many people were told.
pub async fn tell_committee(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    committee_id: &str,
    kind: &str,
    message: &Message,
    link: &str,
    actor_id: &str,
) -> AppResult<u64> {
    let json = serde_json::to_string(message).map_err(|_| AppError::Internal)?;
    let event_id = super::new_id();
    Ok(db::notifications::notify_committee(
        tx,
        &db::notifications::CommitteeNotice {
            event_id: &event_id,
            committee_id,
            kind,
            message: &json,
            link,
            actor_id,
            now: now_ms(),
        },
    )
    .await?)
}

/// The signed-in person's notifications, newest first, in `locale`.
pub async fn list(
    state: &AppState,
    user: Option<&UserView>,
    page: i64,
    locale: Locale,
) -> AppResult<NotificationList> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let page = page.max(1);
    let (rows, (total, unread)) = tokio::try_join!(
        db::notifications::of_user(&state.pool, &user.id, PER_PAGE, (page - 1) * PER_PAGE),
        db::notifications::counts(&state.pool, &user.id),
    )?;
    let zone = user.time_zone.as_deref().unwrap_or("UTC");
    let notifications = rows
        .into_iter()
        .map(|r| {
            let message: Message = serde_json::from_str(&r.message)
                .unwrap_or_else(|_| Message::new("notification-unknown"));
            NotificationView {
                text: translate_args(locale, &message.key, &message.args),
                message,
                id: r.id,
                kind: r.kind,
                link: r.link,
                created: time::format_in(r.created_at, zone),
                created_at: r.created_at,
                read: r.read_at.is_some(),
            }
        })
        .collect();
    Ok(NotificationList {
        notifications,
        unread,
        total,
        page,
    })
}

/// How many unread notifications the person has (0 when signed out).
pub async fn unread(state: &AppState, user: Option<&UserView>) -> AppResult<i64> {
    match user {
        Some(user) => Ok(db::notifications::unread(&state.pool, &user.id).await?),
        None => Ok(0),
    }
}

/// Marks one of the person's notifications read, or all of them (`None`); returns the
/// unread count left.
pub async fn mark_read(
    state: &AppState,
    user: Option<&UserView>,
    id: Option<&str>,
) -> AppResult<i64> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let link = db::notifications::mark_read(&state.pool, &user.id, id, now_ms()).await?;
    if id.is_some() && link.is_none() {
        return Err(AppError::NotFound);
    }
    Ok(db::notifications::unread(&state.pool, &user.id).await?)
}

/// Opens a notification: marks it read and returns where its action is.
pub async fn open(state: &AppState, user: Option<&UserView>, id: &str) -> AppResult<String> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    db::notifications::mark_read(&state.pool, &user.id, Some(id), now_ms())
        .await?
        .ok_or(AppError::NotFound)
}
