//! Wire types of notifications.

use serde::{Deserialize, Serialize};

use super::Message;

/// A notification as its person reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NotificationView {
    /// Identifier.
    pub id: String,
    /// The event: `agenda_published`, `agenda_changed`, …
    pub kind: String,
    /// What happened, in the reader's language.
    pub text: String,
    /// The message behind it (key and arguments), for clients that translate themselves.
    #[cfg_attr(feature = "ssr", schema(value_type = Object))]
    pub message: Message,
    /// Where the action is (a path of the portal).
    pub link: String,
    /// When, epoch ms.
    pub created_at: i64,
    /// When, in the reader's zone (`2026-11-25 10:32 (UTC+00:00)`).
    pub created: String,
    /// Read already.
    pub read: bool,
}

/// A page of the reader's notifications, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NotificationList {
    /// The notifications.
    pub notifications: Vec<NotificationView>,
    /// How many unread in all.
    pub unread: i64,
    /// How many in all.
    pub total: i64,
    /// Page from 1 (50 a page).
    pub page: i64,
}

/// Marking notifications read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MarkReadInput {
    /// One notification; left out: all of them.
    #[serde(default)]
    pub id: Option<String>,
}

/// How e-mail tells a person about one kind of notification.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NotificationSetting {
    /// The kind: `ballot_opened`, `ballot_closing`, `ballot_closed`, `document_registered`,
    /// `disposition_recorded`, `agenda_published`, `agenda_changed`, `meeting_changed`,
    /// `meeting_cancelled`, `registration_confirmed`.
    pub kind: String,
    /// `immediate` (one e-mail each, the default), `digest` (a daily summary) or `off`.
    pub mode: String,
}

/// A person's e-mail settings, one per kind. When saving, kinds left out keep their mode.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NotificationSettings {
    /// One per kind.
    pub settings: Vec<NotificationSetting>,
}

/// What an unsubscribe link is about, and whether that e-mail is stopped already.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsubscribeView {
    /// The kind of notification.
    pub kind: String,
    /// No e-mail of this kind any more.
    pub stopped: bool,
}
