//! The document register of a committee (`/committees/:id/documents`: sortable, filtered by
//! kind, paged, with the upload form for its keepers) and a document's page with its versions
//! (`/documents/:id`).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    components::{
        form::{Field, FilterSelect, FlashNotice, Select},
        LocalText, Pager,
    },
    errors::error_view,
    flash_for,
    projects::StageBadge,
    use_page_data,
};
use crate::domain::locale::Titled;
use crate::{
    api,
    domain::documents::{DocumentKind, DraftNames},
    i18n::{tkey, use_i18n, I18n},
    model::{DocumentList, DocumentSummary, DocumentView, Flash, Message},
};

/// The i18n key naming a kind of document.
pub fn kind_key(code: &str) -> &'static str {
    match DocumentKind::from_code(code) {
        Some(DocumentKind::WorkingDraft) => tkey("doc-kind-working-draft"),
        Some(DocumentKind::CommitteeDraft) => tkey("doc-kind-committee-draft"),
        Some(DocumentKind::EnquiryDraft) => tkey("doc-kind-enquiry-draft"),
        Some(DocumentKind::FinalDraft) => tkey("doc-kind-final-draft"),
        Some(DocumentKind::Agenda) => tkey("doc-kind-agenda"),
        Some(DocumentKind::Minutes) => tkey("doc-kind-minutes"),
        Some(DocumentKind::Resolutions) => tkey("doc-kind-resolutions"),
        Some(DocumentKind::Report) => tkey("doc-kind-report"),
        Some(DocumentKind::CompiledComments) => tkey("doc-kind-compiled-comments"),
        _ => tkey("doc-kind-other"),
    }
}

/// "Enquiry draft (DARS)": the kind, with the body's name for a draft.
pub fn kind_label(i18n: I18n, kind: &str, draft_name: Option<&str>) -> String {
    match draft_name {
        Some(name) => format!("{} ({name})", i18n.t(kind_key(kind))),
        None => i18n.t(kind_key(kind)),
    }
}

/// Every kind as a choice, drafts with the body's names (`Enquiry draft (DARS)`).
fn kind_options(i18n: I18n, draft_names: &[String]) -> Vec<(String, String)> {
    let names = DraftNames::parse(&draft_names.join(","));
    DocumentKind::ALL
        .into_iter()
        .map(|k| {
            (
                k.code().to_string(),
                kind_label(i18n, k.code(), names.name_of(k)),
            )
        })
        .collect()
}

/// A size in bytes as people read it (kB and MB in powers of 1024, as file managers show).
pub fn format_size(i18n: I18n, bytes: i64) -> String {
    const KIB: f64 = 1024.0;
    let b = bytes as f64;
    // One decimal, none when it is 0 (3 MB, 1.5 MB).
    let tenths = |x: f64| {
        let t = (x * 10.0).round() as i64;
        if t % 10 == 0 {
            (t / 10).to_string()
        } else {
            format!("{}.{}", t / 10, t % 10)
        }
    };
    let (key, amount) = if b < KIB {
        (tkey("size-bytes"), bytes.to_string())
    } else if b < KIB * KIB {
        (tkey("size-kb"), tenths(b / KIB))
    } else {
        (tkey("size-mb"), tenths(b / (KIB * KIB)))
    };
    // French writes a decimal comma (1,5 Mo); passed as text, so Fluent keeps it as written.
    let amount = if i18n.0 == crate::domain::locale::Locale::Fr {
        amount.replace('.', ",")
    } else {
        amount
    };
    i18n.msg(&Message::new(key).arg("size", amount))
}

/// The status of a document as badges: to be notified / circulated, and public.
#[component]
fn StatusBadges(document: DocumentSummary) -> impl IntoView {
    let i18n = use_i18n();
    let draft = document.status == "draft";
    view! {
        <span class="badge" class:badge-warning=draft>
            {if draft { i18n.t("doc-status-draft") } else { i18n.t("doc-status-published") }}
        </span>
        {document.public.then(|| view! { " " <span class="badge badge-public">{i18n.t("doc-public")}</span> })}
    }
}

/// `/committees/:id/documents`
#[component]
pub fn RegisterPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let query = use_query_map();
    let list = Resource::new(
        move || {
            let q = query.read();
            (
                params.read().get("id").unwrap_or_default(),
                q.get("kind").filter(|k| !k.is_empty()),
                q.get("sort"),
                q.get("dir"),
                q.get("page").and_then(|p| p.parse::<i64>().ok()),
            )
        },
        |(id, kind, sort, dir, page)| api::documents::list_documents(id, kind, sort, dir, page),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let list = match list.await {
                    Ok(l) => l,
                    Err(e) => return error_view(e),
                };
                let q = query.get_untracked();
                let kind = q.get("kind").unwrap_or_default();
                let sort = q.get("sort").unwrap_or_else(|| "number".into());
                let dir = q.get("dir").unwrap_or_default();
                let flash = flash_for(&context, "upload");
                view! {
                    <Title text=format!("{} · {}", list.committee_reference, i18n.t("documents-title")) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/committees/{}", list.committee_id)><bdi dir="ltr">{list.committee_reference.clone()}</bdi></a>
                            " · "
                            <a href=format!("/committees/{}/projects", list.committee_id)>{i18n.t("programme-title")}</a>
                        </p>
                        <h1>{i18n.t("documents-title")}</h1>
                        <p class="lead">{i18n.t("documents-lead")}</p>
                    </header>
                    <FlashNotice flash=flash.clone() />
                    <div class=if list.can_manage { "two-columns wide-first" } else { "one-column" }>
                        <section class="card" aria-labelledby="register-title">
                            <h2 id="register-title">{i18n.t("documents-register")} " " <span class="count">{list.total}</span></h2>
                            <Filter list=list.clone() kind=kind.clone() sort=sort.clone() dir=dir.clone() />
                            <RegisterTable list=list.clone() />
                            <Pager page=list.page per_page=list.per_page total=list.total
                                link=format!("/committees/{}/documents?kind={kind}&sort={sort}&dir={dir}&page=", list.committee_id) />
                        </section>
                        {list.can_manage.then(|| view! { <UploadForm list=list.clone() flash=flash /> })}
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The GET form that filters and sorts the register (works without JavaScript).
#[component]
fn Filter(list: DocumentList, kind: String, sort: String, dir: String) -> impl IntoView {
    let i18n = use_i18n();
    let mut kinds = vec![(String::new(), i18n.t("documents-all-kinds"))];
    kinds.extend(kind_options(i18n, &list.draft_names));
    let sorts = vec![
        ("number".to_string(), i18n.t("documents-sort-number")),
        ("title".to_string(), i18n.t("documents-sort-title")),
        ("date".to_string(), i18n.t("documents-sort-date")),
    ];
    let dirs = vec![
        (String::new(), i18n.t("documents-dir-default")),
        ("asc".to_string(), i18n.t("documents-dir-asc")),
        ("desc".to_string(), i18n.t("documents-dir-desc")),
    ];
    // Ids of their own (`filter-…`): the upload form on the same page has a `kind` field too.
    view! {
        <form class="filters" method="get" action=format!("/committees/{}/documents", list.committee_id)>
            <FilterSelect name="kind" label=i18n.t("documents-filter-kind") options=kinds chosen=kind />
            <FilterSelect name="sort" label=i18n.t("documents-sort") options=sorts chosen=sort />
            <FilterSelect name="dir" label=i18n.t("documents-dir") options=dirs chosen=dir />
            <button type="submit" class="button">{i18n.t("documents-filter")}</button>
        </form>
    }
}

#[component]
fn RegisterTable(list: DocumentList) -> impl IntoView {
    let i18n = use_i18n();
    if list.documents.is_empty() {
        return view! { <p class="empty">{i18n.t("documents-none")}</p> }.into_any();
    }
    view! {
        <table class="table register stack-on-phone">
            <thead><tr>
                <th scope="col">{i18n.t("documents-number")}</th>
                <th scope="col">{i18n.t("documents-doc-title")}</th>
                <th scope="col">{i18n.t("documents-kind")}</th>
                <th scope="col">{i18n.t("documents-status")}</th>
                <th scope="col">{i18n.t("documents-date")}</th>
            </tr></thead>
            <tbody>
                {list.documents.into_iter().map(|d| view! {
                    <tr data-document=d.number.clone()>
                        <td><bdi dir="ltr" class="code">{d.number.clone()}</bdi></td>
                        <td><a href=format!("/documents/{}", d.id)><LocalText text=d.title_in(i18n.0).0.to_string() lang=d.title_in(i18n.0).1 /></a>
                            {d.project_reference.clone().map(|p| view! { <br /><span class="muted"><bdi>{p}</bdi></span> })}
                        </td>
                        <td>{kind_label(i18n, &d.kind, d.draft_name.as_deref())}</td>
                        <td><StatusBadges document=d.clone() /></td>
                        <td><time class="nowrap">{i18n.date(d.updated_at)}</time></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The upload form: a plain multipart POST, so it works without JavaScript.
#[component]
fn UploadForm(list: DocumentList, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let value = |name: &str| flash.as_ref().map(|f| f.value(name)).unwrap_or_default();
    let kinds = kind_options(i18n, &list.draft_names);
    let mut projects = vec![(String::new(), i18n.t("documents-no-project"))];
    projects.extend(list.projects.iter().cloned());
    let statuses = vec![
        ("published".to_string(), i18n.t("doc-status-published")),
        ("draft".to_string(), i18n.t("doc-status-draft")),
    ];
    view! {
        <section class="card" aria-labelledby="upload-title">
            <h2 id="upload-title">{i18n.t("documents-upload")}</h2>
            <form class="stack" method="post" enctype="multipart/form-data" action=format!("/committees/{}/documents", list.committee_id)>
                <Field name="title" label=i18n.t("documents-doc-title") value=value("title") flash=flash.clone() />
                <Field name="title_fr" label=i18n.t("field-title-fr") value=value("title_fr") flash=flash.clone() />
                <Field name="title_ar" label=i18n.t("field-title-ar") value=value("title_ar") flash=flash.clone() />
                <Select name="kind" label=i18n.t("documents-kind") options=kinds selected=value("kind") flash=flash.clone() />
                <Select name="project_id" label=i18n.t("documents-project") options=projects selected=value("project_id") flash=flash.clone() />
                <Select name="status" label=i18n.t("documents-status") options=statuses selected=value("status") flash=flash.clone() />
                <div class="field checkbox">
                    <input type="checkbox" id="field-public" name="public" value="true" checked=value("public") == "true" />
                    <label for="field-public">{i18n.t("documents-make-public")}</label>
                </div>
                <Field name="file" kind="file" label=i18n.t("documents-file") hint=i18n.t("documents-file-hint") flash=flash.clone() />
                <button type="submit" class="button primary">{i18n.t("documents-upload-button")}</button>
            </form>
        </section>
    }
}

/// `/documents/:id`
#[component]
pub fn DocumentPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let document = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        api::documents::get_document,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let view_data = match document.await {
                    Ok(d) => d,
                    Err(e) => return error_view(e),
                };
                let d = view_data.document.clone();
                let notice = context.flash.clone().filter(|f| f.success);
                view! {
                    <Title text=format!("{} {}", d.number, d.title_in(i18n.0).0) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/committees/{}", view_data.committee_id)><bdi dir="ltr">{view_data.committee_reference.clone()}</bdi></a>
                            " · "
                            <a href=format!("/committees/{}/documents", view_data.committee_id)>{i18n.t("documents-title")}</a>
                        </p>
                        <h1><bdi dir="ltr" class="code">{d.number.clone()}</bdi> " " <LocalText text=d.title_in(i18n.0).0.to_string() lang=d.title_in(i18n.0).1 /></h1>
                    </header>
                    <FlashNotice flash=notice />
                    <div class=if view_data.can_manage { "two-columns wide-first" } else { "one-column" }>
                        <div>
                            <section class="card" aria-labelledby="about-title">
                                <h2 id="about-title">{i18n.t("document-about")}</h2>
                                <dl class="facts">
                                    <dt>{i18n.t("documents-kind")}</dt>
                                    <dd>{kind_label(i18n, &d.kind, d.draft_name.as_deref())}</dd>
                                    <dt>{i18n.t("documents-status")}</dt>
                                    <dd><StatusBadges document=d.clone() /></dd>
                                    <dt>{i18n.t("documents-project")}</dt>
                                    <dd>{match (d.project_id.clone(), d.project_reference.clone()) {
                                        (Some(id), Some(reference)) => view! {
                                            <a href=format!("/projects/{id}")><bdi>{reference}</bdi></a>
                                            {d.project_stage.clone().map(|s| view! { " " <StageBadge code=s /> })}
                                        }.into_any(),
                                        _ => view! { "—" }.into_any(),
                                    }}</dd>
                                    <dt>{i18n.t("document-registered")}</dt>
                                    <dd><time>{i18n.date(view_data.created_at)}</time></dd>
                                </dl>
                                <p><a class="button" href=format!("/documents/{}/comments", d.id)>{i18n.t("comments-title")}</a></p>
                            </section>
                            <Versions document=view_data.clone() />
                        </div>
                        {view_data.can_manage.then(|| view! {
                            <div>
                                <AddVersion document=view_data.clone() flash=flash_for(&context, "version") />
                                <ChangeDocument document=view_data.clone() flash=flash_for(&context, "document") />
                            </div>
                        })}
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

#[component]
fn Versions(document: DocumentView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="versions-title">
            <h2 id="versions-title">{i18n.t("document-versions")}</h2>
            <table class="table stack-on-phone">
                <thead><tr>
                    <th scope="col">{i18n.t("document-version")}</th>
                    <th scope="col">{i18n.t("document-file")}</th>
                    <th scope="col">{i18n.t("document-size")}</th>
                    <th scope="col">{i18n.t("document-uploaded")}</th>
                    <th scope="col">{i18n.t("document-checksum")}</th>
                </tr></thead>
                <tbody>
                    {document.versions.into_iter().map(|v| view! {
                        <tr data-version=v.version>
                            <td>{v.version}</td>
                            <td><a href=v.download_url.clone() download=v.file_name.clone()><bdi>{v.file_name.clone()}</bdi></a></td>
                            <td class="nowrap">{format_size(i18n, v.size)}</td>
                            <td>{v.uploaded_by.clone().unwrap_or_default()} <br /><time class="muted">{i18n.utc(v.uploaded_at)}</time></td>
                            <td><code title=v.sha256.clone() dir="ltr">{v.sha256.chars().take(12).collect::<String>()} "…"</code></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn AddVersion(document: DocumentView, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="add-version-title">
            <h2 id="add-version-title">{i18n.t("document-add-version")}</h2>
            {flash.as_ref().filter(|f| !f.success).map(|f| view! { <FlashNotice flash=Some(f.clone()) /> })}
            <form class="stack" method="post" enctype="multipart/form-data" action=format!("/documents/{}/versions", document.document.id)>
                <Field name="file" kind="file" label=i18n.t("documents-file") hint=i18n.t("documents-file-hint") flash=flash.clone() />
                <button type="submit" class="button primary">{i18n.t("document-add-version-button")}</button>
            </form>
        </section>
    }
}

#[component]
fn ChangeDocument(document: DocumentView, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let d = document.document.clone();
    let value = |name: &str, now: String| {
        flash
            .as_ref()
            .filter(|f| !f.success)
            .map(|f| f.value(name))
            .filter(|v| !v.is_empty())
            .unwrap_or(now)
    };
    let kinds = kind_options(i18n, &document.draft_names);
    let mut projects = vec![(String::new(), i18n.t("documents-no-project"))];
    projects.extend(document.projects.iter().cloned());
    let statuses = vec![
        ("published".to_string(), i18n.t("doc-status-published")),
        ("draft".to_string(), i18n.t("doc-status-draft")),
    ];
    view! {
        <section class="card" aria-labelledby="change-title">
            <h2 id="change-title">{i18n.t("document-change")}</h2>
            {flash.as_ref().filter(|f| !f.success).map(|f| view! { <FlashNotice flash=Some(f.clone()) /> })}
            <form class="stack" method="post" action=format!("/documents/{}", d.id)>
                <Field name="title" label=i18n.t("documents-doc-title") value=value("title", d.title.clone()) flash=flash.clone() />
                <Field name="title_fr" label=i18n.t("field-title-fr") value=value("title_fr", d.title_fr.clone().unwrap_or_default()) flash=flash.clone() />
                <Field name="title_ar" label=i18n.t("field-title-ar") value=value("title_ar", d.title_ar.clone().unwrap_or_default()) flash=flash.clone() />
                <Select name="kind" label=i18n.t("documents-kind") options=kinds selected=value("kind", d.kind.clone()) flash=flash.clone() />
                <Select name="status" label=i18n.t("documents-status") options=statuses selected=value("status", d.status.clone()) flash=flash.clone() />
                <Select name="project_id" label=i18n.t("documents-project") options=projects selected=value("project_id", d.project_id.clone().unwrap_or_default()) flash=flash.clone() />
                <div class="field checkbox">
                    <input type="checkbox" id="field-public" name="public" value="true" checked=d.public />
                    <label for="field-public">{i18n.t("documents-make-public")}</label>
                </div>
                <button type="submit" class="button primary">{i18n.t("document-save")}</button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::locale::Locale;

    #[test]
    fn sizes_in_each_language() {
        assert_eq!(format_size(I18n(Locale::En), 512), "512 B");
        assert_eq!(format_size(I18n(Locale::En), 1536), "1.5 kB");
        assert_eq!(format_size(I18n(Locale::Fr), 1536), "1,5 ko");
        assert_eq!(format_size(I18n(Locale::Fr), 3 * 1024 * 1024), "3 Mo");
        assert_eq!(format_size(I18n(Locale::Ar), 3 * 1024 * 1024), "3 م.ب");
    }
}
