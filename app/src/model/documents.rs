//! Wire types of the document register, the work programme and search.

use serde::{Deserialize, Serialize};

/// A document as the register lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DocumentSummary {
    /// Opaque identifier.
    pub id: String,
    /// Register number, `ARSO/TC 70 N 123`.
    pub number: String,
    /// Title (English, the reference text).
    pub title: String,
    /// Title in French, if the committee gave one.
    pub title_fr: Option<String>,
    /// Title in Arabic, if the committee gave one.
    pub title_ar: Option<String>,
    /// `working_draft`, `committee_draft`, `enquiry_draft`, `final_draft`, `agenda`, `minutes`,
    /// `resolutions`, `report`, `compiled_comments` or `other`.
    pub kind: String,
    /// The body's name for a draft of this kind (`DARS` for an ARSO enquiry draft).
    pub draft_name: Option<String>,
    /// `draft` (to be notified: officers only) or `published`.
    pub status: String,
    /// Readable by anyone, signed in or not.
    pub public: bool,
    /// The project it belongs to.
    pub project_id: Option<String>,
    /// That project's reference.
    pub project_reference: Option<String>,
    /// The project's stage when the document was attached.
    pub project_stage: Option<String>,
    /// How many versions it has.
    pub version_count: i64,
    /// Last change, epoch milliseconds.
    pub updated_at: i64,
}

/// One version of a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct VersionView {
    /// Version number, from 1.
    pub version: i64,
    /// The file's name as uploaded.
    pub file_name: String,
    /// Media type, recognised from the content.
    pub content_type: String,
    /// Size in bytes.
    pub size: i64,
    /// SHA-256 checksum, hex.
    pub sha256: String,
    /// Who uploaded it.
    pub uploaded_by: Option<String>,
    /// When, epoch milliseconds.
    pub uploaded_at: i64,
    /// Where to download it.
    pub download_url: String,
}

/// A document with its versions.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DocumentView {
    /// The document (its fields appear at the top level of the JSON).
    #[serde(flatten)]
    pub document: DocumentSummary,
    /// Its committee.
    pub committee_id: String,
    /// The committee's reference.
    pub committee_reference: String,
    /// Registered, epoch milliseconds.
    pub created_at: i64,
    /// Newest first.
    pub versions: Vec<VersionView>,
    /// Whether the person asking may add versions and change the document.
    pub can_manage: bool,
    /// The body's draft names: working, committee, enquiry, final.
    pub draft_names: Vec<String>,
    /// For those who may change it: the committee's projects (id, reference) to attach it to.
    pub projects: Vec<(String, String)>,
}

/// A page of a committee's register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DocumentList {
    /// The committee.
    pub committee_id: String,
    /// Its reference.
    pub committee_reference: String,
    /// This page's documents.
    pub documents: Vec<DocumentSummary>,
    /// Documents matching the filter, on all pages.
    pub total: i64,
    /// This page, from 1.
    pub page: i64,
    /// Documents per page.
    pub per_page: i64,
    /// The body's draft names: working, committee, enquiry, final.
    pub draft_names: Vec<String>,
    /// Whether the person asking may register documents here.
    pub can_manage: bool,
    /// The committee's projects (id, reference), for attaching a new document.
    pub projects: Vec<(String, String)>,
}

/// Changes to a document; fields left out stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct DocumentChangesInput {
    /// New title.
    pub title: Option<String>,
    /// New title in French (an empty string removes it).
    #[serde(default)]
    pub title_fr: Option<String>,
    /// New title in Arabic (an empty string removes it).
    #[serde(default)]
    pub title_ar: Option<String>,
    /// New kind code.
    pub kind: Option<String>,
    /// `draft` or `published`.
    pub status: Option<String>,
    /// Readable by anyone.
    pub public: Option<bool>,
    /// Attach to this project (an empty string detaches it).
    pub project_id: Option<String>,
}

/// A project of the work programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ProjectSummary {
    /// Opaque identifier.
    pub id: String,
    /// `ARSO 1234`.
    pub reference: String,
    /// English title.
    pub title_en: String,
    /// French title.
    pub title_fr: Option<String>,
    /// Arabic title.
    pub title_ar: Option<String>,
    /// Current harmonized stage code (`30.99`).
    pub stage: String,
    /// Target publication date, `YYYY-MM-DD`.
    pub target_date: Option<String>,
    /// Its committee.
    pub committee_id: String,
    /// The committee's reference.
    pub committee_reference: String,
    /// Last stage change, epoch milliseconds.
    pub stage_changed_at: i64,
}

/// A line of a project's stage history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StageChangeView {
    /// When, epoch milliseconds.
    pub at: i64,
    /// Who.
    pub actor: Option<String>,
    /// From (none when the project was registered).
    pub from_stage: Option<String>,
    /// To.
    pub to_stage: String,
    /// Why.
    pub reason: Option<String>,
}

/// A project with its history, its documents and where it may go next.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ProjectView {
    /// The project.
    pub project: ProjectSummary,
    /// Stage changes, oldest first.
    pub history: Vec<StageChangeView>,
    /// Its documents that the person asking may read, newest first.
    pub documents: Vec<DocumentSummary>,
    /// The stage codes it may move to now.
    pub next_stages: Vec<String>,
    /// Whether the person asking may move it.
    pub can_manage: bool,
}

/// A committee's work programme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct WorkProgramme {
    /// The committee.
    pub committee_id: String,
    /// Its reference.
    pub committee_reference: String,
    /// Its projects, by reference.
    pub projects: Vec<ProjectSummary>,
    /// Whether the person asking may register projects.
    pub can_manage: bool,
}

/// A new project.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct ProjectInput {
    /// Reference; left out, the body's next number (`ARSO 17`).
    #[serde(default)]
    pub reference: Option<String>,
    /// English title.
    #[serde(default)]
    pub title: String,
    /// French title.
    #[serde(default)]
    pub title_fr: Option<String>,
    /// Arabic title.
    #[serde(default)]
    pub title_ar: Option<String>,
    /// First stage code; left out, `00.00`.
    #[serde(default)]
    pub stage: Option<String>,
    /// Target publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub target_date: Option<String>,
}

/// A stage change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct StageMoveInput {
    /// The stage code to move to (`40.00`).
    #[serde(default)]
    pub stage: String,
    /// Why (e.g. "CD ballot closed, comments resolved").
    #[serde(default)]
    pub reason: Option<String>,
    /// A new target publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub target_date: Option<String>,
}

/// A document found by a search.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SearchHit {
    /// Document id.
    pub id: String,
    /// Register number.
    pub number: String,
    /// Title.
    pub title: String,
    /// Kind code.
    pub kind: String,
    /// The body's name for a draft of this kind.
    pub draft_name: Option<String>,
    /// The committee.
    pub committee_id: String,
    /// Words around the match.
    pub snippet: String,
}

/// A page of search results.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct SearchResults {
    /// The words searched for.
    pub query: String,
    /// This page's hits, best first.
    pub hits: Vec<SearchHit>,
    /// Hits on all pages.
    pub total: i64,
    /// This page, from 1.
    pub page: i64,
    /// Hits per page.
    pub per_page: i64,
}

crate::titled!(DocumentSummary, title);
crate::titled!(ProjectSummary, title_en);
