//! The serialisable types that pages, server functions and the JSON API exchange.

use serde::{Deserialize, Serialize};

use crate::domain::locale::Locale;

mod audit;
mod ballots;
mod comments;
mod dashboard;
mod documents;
mod meetings;
mod notifications;
pub use audit::*;
pub use ballots::*;
pub use comments::*;
pub use dashboard::*;
pub use documents::*;
pub use meetings::*;
pub use notifications::*;

/// A translatable message: an i18n key with its arguments, translated where it is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The key in `app/locales/*/main.ftl`.
    pub key: String,
    /// Named arguments for the message.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, String)>,
}

impl Message {
    /// A message without arguments.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            args: Vec::new(),
        }
    }

    /// Adds a named argument.
    pub fn arg(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.args.push((name.into(), value.into()));
        self
    }
}

/// Messages about the fields of a submitted form, in field order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub Vec<(String, Message)>);

impl FieldErrors {
    /// Records a problem with `field`.
    pub fn add(&mut self, field: &str, message: Message) {
        self.0.push((field.to_string(), message));
    }

    /// Records the outcome of a check on `field`.
    pub fn check(&mut self, field: &str, result: Result<(), Message>) {
        if let Err(message) = result {
            self.add(field, message);
        }
    }

    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The messages for one field.
    pub fn for_field<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a Message> + 'a {
        self.0
            .iter()
            .filter(move |(f, _)| f == field)
            .map(|(_, m)| m)
    }
}

/// A signed-in person, as pages and the API show them. Never carries a password hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct UserView {
    /// Opaque identifier.
    pub id: String,
    /// E-mail address (also the sign-in name).
    pub email: String,
    /// Display name.
    pub name: String,
    /// Whether this person administers the whole portal.
    pub is_portal_admin: bool,
    /// Preferred language (`en`, `fr` or `ar`), if chosen.
    #[cfg_attr(feature = "ssr", schema(value_type = Option<String>))]
    pub locale: Option<Locale>,
    /// Own time zone (IANA name, `Europe/Paris`), if chosen; times are then shown in it
    /// beside the committee's.
    #[serde(default)]
    pub time_zone: Option<String>,
}

/// What a page shows after a form was posted: the outcome of a plain form POST carried
/// across the redirect (post/redirect/get), so forms work the same with and without JavaScript.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flash {
    /// Which form this is about (`login`, `change-password`, …).
    pub form: String,
    /// A message for the whole page (success or failure).
    pub notice: Option<Message>,
    /// Whether `notice` reports success.
    pub success: bool,
    /// Problems with individual fields.
    pub errors: FieldErrors,
    /// The values the person typed (never passwords), to fill the form again.
    pub values: Vec<(String, String)>,
    /// Something to show once, such as a new invitation link or token.
    pub reveal: Option<String>,
    /// The rows of an imported file that had problems (the first hundred).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<RowProblem>,
}

impl Flash {
    /// The value typed into `field`, or an empty string.
    pub fn value(&self, field: &str) -> String {
        self.values
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

/// What every page needs to know: who is signed in and any flash left by a form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageContext {
    /// The signed-in person, if any.
    pub user: Option<UserView>,
    /// The outcome of the form posted just before this page, if any.
    pub flash: Option<Flash>,
    /// The signed-in person's unread notifications (the header's count).
    #[serde(default)]
    pub unread: i64,
}

fn is_disbanded(status: &str) -> bool {
    crate::domain::committees::CommitteeStatus::from_code(status)
        == Some(crate::domain::committees::CommitteeStatus::Disbanded)
}

/// A standards body and its committees, for the home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BodySummary {
    /// Short name used in references (`ARSO`).
    pub acronym: String,
    /// Full name in English.
    pub name_en: String,
    /// Full name in French, if the body has one.
    pub name_fr: Option<String>,
    /// Full name in Arabic, if the body has one.
    pub name_ar: Option<String>,
    /// Number of member bodies.
    pub member_count: i64,
    /// The body's committees, in reference order.
    pub committees: Vec<CommitteeSummary>,
}

impl BodySummary {
    /// The body's name in `locale`, falling back to English.
    pub fn name(&self, locale: Locale) -> &str {
        let localised = match locale {
            Locale::Fr => self.name_fr.as_deref(),
            Locale::Ar => self.name_ar.as_deref(),
            Locale::En => None,
        };
        localised.unwrap_or(&self.name_en)
    }
}

/// A committee in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommitteeSummary {
    /// Opaque identifier.
    pub id: String,
    /// Reference such as `ARSO/TC 70` or `SMIIC/TC 1/WG 2`.
    pub reference: String,
    /// Title in English.
    pub title_en: String,
    /// Title in French, if given.
    pub title_fr: Option<String>,
    /// Title in Arabic, if given.
    pub title_ar: Option<String>,
    /// Code of the member body holding the secretariat (`IMANOR`).
    pub secretariat: Option<String>,
    /// `active` or `disbanded`.
    pub status: String,
}

crate::titled!(CommitteeSummary, title_en);
crate::titled!(CommitteeView, title_en);

impl CommitteeSummary {
    /// Whether the committee has been disbanded.
    pub fn is_disbanded(&self) -> bool {
        is_disbanded(&self.status)
    }
}

/// A personal access token as listed to its owner (the secret itself is shown only once).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ApiTokenView {
    /// Identifier (used to revoke it).
    pub id: String,
    /// The owner's label.
    pub name: String,
    /// Creation time, epoch milliseconds.
    pub created_at: i64,
    /// Last use, epoch milliseconds.
    pub last_used_at: Option<i64>,
    /// Revocation time, epoch milliseconds.
    pub revoked_at: Option<i64>,
}

/// A member body's membership of a committee, as the committee page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommitteeMemberView {
    /// Member body code (`KEBS`).
    pub member_body: String,
    /// Member body name.
    pub name: String,
    /// ISO 3166 alpha-2 country.
    pub country: String,
    /// `P`, `O`, `liaison_a`, `liaison_b` or `liaison_c`.
    pub status: String,
    /// Since when, epoch milliseconds.
    pub since: i64,
    /// Names of the delegates this member body nominated.
    pub delegates: Vec<String>,
}

/// A person's role in a committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommitteeRoleView {
    /// The person's id.
    pub user_id: String,
    /// Their name.
    pub name: String,
    /// `committee_manager`, `chair`, `convenor`, `delegate` or `observer`.
    pub role: String,
    /// For delegates: the nominating member body's code.
    pub member_body: Option<String>,
}

/// One recorded change to a committee.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommitteeHistoryView {
    /// When, epoch milliseconds.
    pub at: i64,
    /// Who made it.
    pub actor: Option<String>,
    /// `created`, `membership`, `role` or `secretariat`.
    pub kind: String,
    /// What it was about (member body code or person's name).
    pub subject: String,
    /// Before.
    pub from: Option<String>,
    /// After.
    pub to: Option<String>,
}

/// A committee's home page data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommitteeView {
    /// Identifier.
    pub id: String,
    /// Reference (`ARSO/TC 70`).
    pub reference: String,
    /// The body's acronym.
    pub body: String,
    /// Title in English.
    pub title_en: String,
    /// Title in French.
    pub title_fr: Option<String>,
    /// Title in Arabic.
    pub title_ar: Option<String>,
    /// Scope statement.
    pub scope: Option<String>,
    /// `active` or `disbanded`.
    pub status: String,
    /// Code of the member body holding the secretariat.
    pub secretariat: Option<String>,
    /// Time zone (IANA name).
    #[serde(default)]
    pub time_zone: String,
    /// People's roles.
    pub roles: Vec<CommitteeRoleView>,
    /// Member bodies' memberships.
    pub members: Vec<CommitteeMemberView>,
    /// The newest changes, newest first.
    pub history: Vec<CommitteeHistoryView>,
    /// Whether the person asking may change memberships and roles (comfort only: the server checks).
    pub can_manage: bool,
    /// Whether the person asking may change the titles, scope, secretariat and status (its
    /// body's administrators; comfort only).
    pub can_edit: bool,
    /// For a member-body officer whose member body takes part: whom they may nominate.
    pub nomination: Option<NominationView>,
}

impl CommitteeView {
    /// Whether the committee has been disbanded.
    pub fn is_disbanded(&self) -> bool {
        is_disbanded(&self.status)
    }
}

/// A member body as a body's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BodyMemberView {
    /// Code (`KEBS`).
    pub code: String,
    /// Name.
    pub name: String,
    /// ISO 3166 alpha-2 country.
    pub country: String,
    /// `member`, `affiliate` or `observer`.
    pub category: String,
    /// Member since, epoch ms.
    pub since: i64,
}

/// A body's page: its committees as a tree and its member bodies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct BodyView {
    /// Acronym (`ARSO`).
    pub acronym: String,
    /// Name in English.
    pub name_en: String,
    /// Name in French.
    pub name_fr: Option<String>,
    /// Name in Arabic.
    pub name_ar: Option<String>,
    /// Its committees in tree order, disbanded ones included (marked by their status).
    pub committees: Vec<CommitteeSummary>,
    /// Member bodies.
    pub members: Vec<BodyMemberView>,
    /// Whether the person asking may create committees here (comfort only: the server checks).
    pub can_manage: bool,
    /// Whether the person asking may change the body's member bodies (comfort only).
    pub can_manage_members: bool,
}

/// A committee to create.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NewCommitteeInput {
    /// `TC`, `SC` or `WG`.
    #[serde(default)]
    pub kind: String,
    /// Its number under the parent (or the body), a positive whole number.
    #[serde(default)]
    pub number: Option<i64>,
    /// The parent committee's id, for SCs and WGs.
    #[serde(default)]
    pub parent_id: Option<String>,
    /// Title in English.
    #[serde(default)]
    pub title: String,
    /// Title in French.
    #[serde(default)]
    pub title_fr: Option<String>,
    /// Title in Arabic.
    #[serde(default)]
    pub title_ar: Option<String>,
    /// Scope statement.
    #[serde(default)]
    pub scope: Option<String>,
    /// Code of the member body holding the secretariat (must be a member body of the body).
    #[serde(default)]
    pub secretariat: String,
}

/// A person, as a choice in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct PersonView {
    /// Identifier.
    pub id: String,
    /// Name.
    pub name: String,
}

/// What a member-body officer may nominate in a committee: their member body and its people
/// who are not yet delegates there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct NominationView {
    /// The officer's member body code.
    pub member_body: String,
    /// People who could be nominated.
    pub candidates: Vec<PersonView>,
}

/// A committee where the signed-in person holds a role.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MyCommitteeView {
    /// The committee's id and titles.
    #[serde(flatten)]
    pub committee: CommitteeSummary,
    /// The person's role there.
    pub role: String,
}

/// A member body in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MemberBodySummary {
    /// Code (`IMANOR`).
    pub code: String,
    /// Name.
    pub name: String,
    /// ISO 3166 alpha-2 country.
    pub country: String,
}

/// A committee a member body takes part in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MemberBodyCommitteeView {
    /// The committee.
    #[serde(flatten)]
    pub committee: CommitteeSummary,
    /// How the member body takes part: `P`, `O` or a liaison (the committee's own `status`
    /// is `active` or `disbanded`).
    pub membership: String,
    /// Member since, epoch ms.
    pub since: i64,
}

/// A person of a member body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MemberBodyPersonView {
    /// The person's id.
    pub id: String,
    /// Name.
    pub name: String,
    /// `officer` or `expert`.
    pub role: String,
    /// Since when, epoch ms.
    pub since: i64,
}

/// A member body's page: its committees and its people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct MemberBodyView {
    /// Code, name and country.
    #[serde(flatten)]
    pub member_body: MemberBodySummary,
    /// Its committees.
    pub committees: Vec<MemberBodyCommitteeView>,
    /// Its people.
    pub people: Vec<MemberBodyPersonView>,
    /// Whether the person asking may give and take roles here (comfort only: the server checks).
    pub can_manage_people: bool,
}

/// Changes to a committee's details, secretariat or status (body administrators). A field
/// left out stays as it is; an empty French or Arabic title or scope clears it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct CommitteeChangesInput {
    /// Title in English (cannot be emptied).
    #[serde(default)]
    pub title: Option<String>,
    /// Title in French.
    #[serde(default)]
    pub title_fr: Option<String>,
    /// Title in Arabic.
    #[serde(default)]
    pub title_ar: Option<String>,
    /// Scope statement.
    #[serde(default)]
    pub scope: Option<String>,
    /// Code of the member body to hold the secretariat (a member body of the body).
    #[serde(default)]
    pub secretariat: Option<String>,
    /// `active` or `disbanded`.
    #[serde(default)]
    pub status: Option<String>,
    /// Time zone (IANA name such as `Africa/Nairobi`): ballot closings and meetings are shown
    /// and typed in it.
    #[serde(default)]
    pub time_zone: Option<String>,
}

#[cfg(test)]
mod wire_tests {
    use super::*;

    /// Page data travels from the server to the browser as JSON: a flattened field whose name
    /// clashes with its neighbour's would break hydration, so every flattened view must
    /// survive a round trip unchanged.
    #[test]
    fn flattened_views_round_trip() {
        let committee = CommitteeSummary {
            id: "c1".into(),
            reference: "ARSO/TC 70".into(),
            title_en: "Cannabis".into(),
            title_fr: None,
            title_ar: None,
            secretariat: Some("IMANOR".into()),
            status: "disbanded".into(),
        };
        let member_body = MemberBodyView {
            member_body: MemberBodySummary {
                code: "KEBS".into(),
                name: "Kenya Bureau of Standards".into(),
                country: "KE".into(),
            },
            committees: vec![MemberBodyCommitteeView {
                committee: committee.clone(),
                membership: "P".into(),
                since: 1,
            }],
            people: vec![],
            can_manage_people: true,
        };
        let json = serde_json::to_string(&member_body).expect("serialises");
        let back: MemberBodyView = serde_json::from_str(&json).expect("deserialises");
        assert_eq!(back, member_body);
        let mine = MyCommitteeView {
            committee,
            role: "delegate".into(),
        };
        let json = serde_json::to_string(&mine).expect("serialises");
        let back: MyCommitteeView = serde_json::from_str(&json).expect("deserialises");
        assert_eq!(back, mine);
    }
}
