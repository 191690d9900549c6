//! Notifications in the portal: what is written when something happens in a committee, and
//! each person's list, count and "mark read". Only the person reads or marks their own; a
//! notification of someone else is unknown (404).

use super::{db, now_ms, state::AppState, time};
use crate::{
    domain::{
        locale::Locale,
        notifications::{Kind, Mode},
    },
    error::{AppError, AppResult},
    i18n::translate_args,
    model::{
        FieldErrors, Message, NotificationList, NotificationSetting, NotificationSettings,
        NotificationView, UnsubscribeView, UserView,
    },
};

/// Notifications a page.
pub const PER_PAGE: i64 = 50;

/// Tells a committee's people (see `db::notifications::notify_committee`) about an event,
/// inside the transaction of the change itself, and queues the e-mail of those who want it at
/// once (sent by `mail::deliver_due` after the commit; nothing if the change rolls back).
/// Returns how many people were told.
pub async fn tell_committee(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    committee_id: &str,
    kind: &str,
    message: &Message,
    link: &str,
    actor_id: &str,
) -> AppResult<u64> {
    tell(
        tx,
        Recipients::Committee {
            committee_id,
            actor_id,
        },
        kind,
        message,
        link,
    )
    .await
}

/// Tells the given people about an event (the officers of member bodies that have not voted,
/// the author of a comment, a registered delegate), in the change's transaction, with their
/// e-mail queued like `tell_committee`'s. Returns how many were told.
pub async fn tell_people(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_ids: &[String],
    kind: &str,
    message: &Message,
    link: &str,
) -> AppResult<u64> {
    if user_ids.is_empty() {
        return Ok(0);
    }
    tell(tx, Recipients::People(user_ids), kind, message, link).await
}

/// Who an event is told to.
enum Recipients<'a> {
    /// The committee's people, the person who acted excepted.
    Committee {
        committee_id: &'a str,
        actor_id: &'a str,
    },
    /// These people.
    People(&'a [String]),
}

/// Writes one event's notifications and queues their e-mail, in the change's transaction.
async fn tell(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    recipients: Recipients<'_>,
    kind: &str,
    message: &Message,
    link: &str,
) -> AppResult<u64> {
    let json = serde_json::to_string(message).map_err(|_| AppError::Internal)?;
    let event_id = super::new_id();
    let notice = db::notifications::Notice {
        event_id: &event_id,
        kind,
        message: &json,
        link,
        now: now_ms(),
    };
    let told = match recipients {
        Recipients::Committee {
            committee_id,
            actor_id,
        } => db::notifications::notify_committee(tx, &notice, committee_id, actor_id).await?,
        Recipients::People(user_ids) => {
            let mut told = 0;
            for user_id in user_ids {
                told += db::notifications::notify_user(tx, &notice, user_id).await?;
            }
            told
        }
    };
    db::mail::enqueue_event(tx, &event_id).await?;
    Ok(told)
}

/// The signed-in person's notifications, newest first, in `locale`.
pub async fn list(
    state: &AppState,
    user: Option<&UserView>,
    page: i64,
    locale: Locale,
) -> AppResult<NotificationList> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let page = crate::domain::paging::page(page);
    let (rows, (total, unread)) = tokio::try_join!(
        db::notifications::of_user(
            &state.pool,
            &user.id,
            PER_PAGE,
            crate::domain::paging::offset(page, PER_PAGE)
        ),
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

/// A person's e-mail settings: every kind with its mode (at once unless they chose otherwise).
pub async fn email_settings(
    state: &AppState,
    user: Option<&UserView>,
) -> AppResult<NotificationSettings> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    settings_of(state, &user.id).await
}

async fn settings_of(state: &AppState, user_id: &str) -> AppResult<NotificationSettings> {
    let chosen = db::mail::settings(&state.pool, user_id).await?;
    let settings = Kind::ALL
        .iter()
        .map(|kind| {
            let mode = chosen
                .iter()
                .find(|(k, _)| k == kind.code())
                .and_then(|(_, m)| Mode::from_code(m))
                .unwrap_or_default();
            NotificationSetting {
                kind: kind.code().to_string(),
                mode: mode.code().to_string(),
            }
        })
        .collect();
    Ok(NotificationSettings { settings })
}

/// Saves a person's choices (the kinds given; the others keep theirs), all or nothing: an
/// unknown kind or mode is named and nothing is written.
pub async fn set_email_settings(
    state: &AppState,
    user: Option<&UserView>,
    input: &NotificationSettings,
) -> AppResult<NotificationSettings> {
    let user = user.ok_or(AppError::Unauthenticated)?;
    let mut errors: Vec<(String, Message)> = Vec::new();
    let mut checked = Vec::new();
    for setting in &input.settings {
        let Some(kind) = Kind::from_code(setting.kind.trim()) else {
            errors.push(("kind".into(), Message::new("error-notification-kind")));
            continue;
        };
        match Mode::from_code(setting.mode.trim()) {
            Some(mode) => checked.push((kind, mode)),
            None => errors.push((
                kind.code().to_string(),
                Message::new("error-notification-mode"),
            )),
        }
    }
    if !errors.is_empty() {
        return Err(AppError::Invalid(FieldErrors(errors)));
    }
    let mut tx = db::begin_write(&state.pool).await?;
    for (kind, mode) in checked {
        db::mail::set_setting(&mut *tx, &user.id, kind.code(), mode.code()).await?;
    }
    tx.commit().await?;
    settings_of(state, &user.id).await
}

/// The person and kind an unsubscribe link names (404 for an unknown token or kind).
async fn unsubscribe_target(
    state: &AppState,
    token: &str,
    kind: &str,
) -> AppResult<(String, Kind)> {
    let kind = Kind::from_code(kind).ok_or(AppError::NotFound)?;
    let user_id = db::mail::by_token(&state.pool, token)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((user_id, kind))
}

/// What an unsubscribe link is about, and whether it is done already. The link is its own
/// authority (a secret made for the person), so no sign-in is needed.
pub async fn unsubscribe_status(
    state: &AppState,
    token: &str,
    kind: &str,
) -> AppResult<UnsubscribeView> {
    let (user_id, kind) = unsubscribe_target(state, token, kind).await?;
    let stopped = db::mail::settings(&state.pool, &user_id)
        .await?
        .iter()
        .any(|(k, m)| k == kind.code() && m == Mode::Off.code());
    Ok(UnsubscribeView {
        kind: kind.code().to_string(),
        stopped,
    })
}

/// Stops one kind of e-mail for the person an unsubscribe link belongs to.
pub async fn unsubscribe(state: &AppState, token: &str, kind: &str) -> AppResult<()> {
    let (user_id, kind) = unsubscribe_target(state, token, kind).await?;
    db::mail::set_setting(&state.pool, &user_id, kind.code(), Mode::Off.code()).await?;
    Ok(())
}
