//! The work programme of a committee (`/committees/:id/projects`: projects with stage badges
//! and target dates, the registration form for its keepers) and a project's page with its stage
//! timeline (`/projects/:id`).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::components::LocalText;
use super::{
    components::form::{Field, FlashNotice, Select, TextArea},
    documents::kind_label,
    errors::error_view,
    flash_for, use_page_data,
};
use crate::domain::locale::Titled;
use crate::{
    api,
    domain::stages::StageCode,
    i18n::{tkey, use_i18n, I18n},
    model::{Flash, ProjectView, WorkProgramme},
};

fn stage_key(stage: u8) -> &'static str {
    match stage {
        0 => tkey("stage-00"),
        10 => tkey("stage-10"),
        20 => tkey("stage-20"),
        30 => tkey("stage-30"),
        40 => tkey("stage-40"),
        50 => tkey("stage-50"),
        60 => tkey("stage-60"),
        90 => tkey("stage-90"),
        _ => tkey("stage-95"),
    }
}

fn substage_key(substage: u8) -> &'static str {
    match substage {
        0 => tkey("substage-00"),
        20 => tkey("substage-20"),
        60 => tkey("substage-60"),
        92 => tkey("substage-92"),
        93 => tkey("substage-93"),
        98 => tkey("substage-98"),
        _ => tkey("substage-99"),
    }
}

/// "Enquiry: registration" for 40.00.
pub fn stage_label(i18n: I18n, code: &str) -> String {
    match StageCode::parse(code) {
        Some(c) => format!(
            "{}: {}",
            i18n.t(stage_key(c.stage)),
            i18n.t(substage_key(c.substage))
        ),
        None => code.to_string(),
    }
}

/// A stage code as a badge, with its name for screen readers and on hover.
#[component]
pub fn StageBadge(
    /// The stage code, e.g. `40.00`.
    code: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = stage_label(i18n, &code);
    let phase = StageCode::parse(&code).map(|c| c.stage).unwrap_or(0);
    let title = label.clone();
    view! {
        <span class=format!("badge stage stage-{phase:02}") title=title>
            <bdi dir="ltr">{code}</bdi>
            <span class="visually-hidden">" " {label}</span>
        </span>
    }
}

/// `/committees/:id/projects`
#[component]
pub fn ProgrammePage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let programme = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        api::documents::get_work_programme,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let programme = match programme.await {
                    Ok(p) => p,
                    Err(e) => return error_view(e),
                };
                let flash = flash_for(&context, "project");
                view! {
                    <Title text=format!("{} · {}", programme.committee_reference, i18n.t("programme-title")) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/committees/{}", programme.committee_id)><bdi dir="ltr">{programme.committee_reference.clone()}</bdi></a>
                            " · "
                            <a href=format!("/committees/{}/documents", programme.committee_id)>{i18n.t("documents-title")}</a>
                        </p>
                        <h1>{i18n.t("programme-title")}</h1>
                        <p class="lead">{i18n.t("programme-lead")}</p>
                    </header>
                    <FlashNotice flash=flash.clone() />
                    <div class=if programme.can_manage { "two-columns wide-first" } else { "one-column" }>
                        <ProjectTable programme=programme.clone() />
                        {programme.can_manage.then(|| view! { <NewProject committee_id=programme.committee_id.clone() flash=flash /> })}
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

#[component]
fn ProjectTable(programme: WorkProgramme) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="projects-title">
            <h2 id="projects-title">{i18n.t("programme-projects")} " " <span class="count">{programme.projects.len()}</span></h2>
            {if programme.projects.is_empty() {
                view! { <p class="empty">{i18n.t("programme-none")}</p> }.into_any()
            } else {
                view! {
                    <table class="table stack-on-phone">
                        <thead><tr>
                            <th scope="col">{i18n.t("project-reference")}</th>
                            <th scope="col">{i18n.t("project-title")}</th>
                            <th scope="col">{i18n.t("project-stage")}</th>
                            <th scope="col">{i18n.t("project-target-date")}</th>
                        </tr></thead>
                        <tbody>
                            {programme.projects.into_iter().map(|p| view! {
                                <tr data-project=p.reference.clone()>
                                    <td><bdi class="code">{p.reference.clone()}</bdi></td>
                                    <td><a href=format!("/projects/{}", p.id)><LocalText text=p.title_in(i18n.0).0.to_string() lang=p.title_in(i18n.0).1 /></a></td>
                                    <td><StageBadge code=p.stage.clone() /> <br /><span class="muted nowrap">{format!("{} {}", i18n.t("project-since"), i18n.date(p.stage_changed_at))}</span></td>
                                    <td><time>{p.target_date.as_deref().map(|d| i18n.when(d)).unwrap_or_else(|| "—".into())}</time></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn NewProject(committee_id: String, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    let value = |name: &str| {
        flash
            .as_ref()
            .filter(|f| !f.success)
            .map(|f| f.value(name))
            .unwrap_or_default()
    };
    let stages: Vec<(String, String)> = StageCode::all()
        .filter(|c| c.in_development() && !c.is_final())
        .map(|c| {
            (
                c.to_string(),
                format!("{c} · {}", stage_label(i18n, &c.to_string())),
            )
        })
        .collect();
    let stage = Some(value("stage"))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "00.00".into());
    view! {
        <section class="card" aria-labelledby="new-project-title">
            <h2 id="new-project-title">{i18n.t("programme-new")}</h2>
            <form class="stack" method="post" action=format!("/committees/{committee_id}/projects")>
                <Field name="reference" label=i18n.t("project-reference") hint=i18n.t("project-reference-hint") value=value("reference") flash=flash.clone() />
                <Field name="title" label=i18n.t("project-title-en") value=value("title") flash=flash.clone() />
                <Field name="title_fr" label=i18n.t("project-title-fr") value=value("title_fr") flash=flash.clone() />
                <Field name="title_ar" label=i18n.t("project-title-ar") value=value("title_ar") flash=flash.clone() />
                <Select name="stage" label=i18n.t("project-first-stage") options=stages selected=stage flash=flash.clone() />
                <Field name="target_date" kind="date" label=i18n.t("project-target-date") value=value("target_date") flash=flash.clone() />
                <button type="submit" class="button primary">{i18n.t("programme-new-button")}</button>
            </form>
        </section>
    }
}

/// `/projects/:id`
#[component]
pub fn ProjectPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let project = Resource::new(
        move || params.read().get("id").unwrap_or_default(),
        api::documents::get_project,
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let view_data = match project.await {
                    Ok(p) => p,
                    Err(e) => return error_view(e),
                };
                let p = view_data.project.clone();
                let flash = flash_for(&context, "stage");
                view! {
                    <Title text=format!("{} {}", p.reference, p.title_in(i18n.0).0) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/committees/{}", p.committee_id)><bdi dir="ltr">{p.committee_reference.clone()}</bdi></a>
                            " · "
                            <a href=format!("/committees/{}/projects", p.committee_id)>{i18n.t("programme-title")}</a>
                        </p>
                        <h1><bdi class="code">{p.reference.clone()}</bdi> " " <LocalText text=p.title_in(i18n.0).0.to_string() lang=p.title_in(i18n.0).1 /></h1>
                        <p class="lead"><StageBadge code=p.stage.clone() /> " " {stage_label(i18n, &p.stage)}</p>
                    </header>
                    <FlashNotice flash=context.flash.clone().filter(|f| f.success) />
                    <div class="two-columns wide-first">
                        <div>
                            <Timeline project=view_data.clone() />
                            <ProjectDocuments project=view_data.clone() />
                        </div>
                        <div>
                            <section class="card" aria-labelledby="facts-title">
                                <h2 id="facts-title">{i18n.t("project-about")}</h2>
                                <dl class="facts">
                                    <dt>{i18n.t("project-target-date")}</dt>
                                    <dd><time>{p.target_date.as_deref().map(|d| i18n.when(d)).unwrap_or_else(|| "—".into())}</time></dd>
                                    <dt>{i18n.t("project-title-fr")}</dt>
                                    <dd dir="auto">{p.title_fr.clone().unwrap_or_else(|| "—".into())}</dd>
                                    <dt>{i18n.t("project-title-ar")}</dt>
                                    <dd dir="auto">{p.title_ar.clone().unwrap_or_else(|| "—".into())}</dd>
                                </dl>
                            </section>
                            {view_data.can_manage.then(|| view! { <MoveStage project=view_data.clone() flash=flash.filter(|f| !f.success) /> })}
                        </div>
                    </div>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// The stage history as a timeline, oldest first.
#[component]
fn Timeline(project: ProjectView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{i18n.t("project-timeline")}</h2>
            <ol class="timeline">
                {project.history.into_iter().map(|h| view! {
                    <li>
                        <p class="when"><time>{i18n.utc(h.at)}</time> " · " <bdi>{h.actor.clone().unwrap_or_default()}</bdi></p>
                        <p class="what">
                            {h.from_stage.clone().map(|f| view! { <StageBadge code=f /> <span class="arrow" aria-hidden="true">{if i18n.0.dir() == "rtl" { " ← " } else { " → " }}</span> })}
                            <StageBadge code=h.to_stage.clone() />
                            " " {stage_label(i18n, &h.to_stage)}
                        </p>
                        {h.reason.clone().map(|r| view! { <p class="why" dir="auto">{r}</p> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn ProjectDocuments(project: ProjectView) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="project-documents-title">
            <h2 id="project-documents-title">{i18n.t("project-documents")}</h2>
            {if project.documents.is_empty() {
                view! { <p class="empty">{i18n.t("project-no-documents")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain">
                        {project.documents.into_iter().map(|d| view! {
                            <li>
                                {d.project_stage.clone().map(|s| view! { <StageBadge code=s /> " " })}
                                <a href=format!("/documents/{}", d.id)><bdi dir="ltr">{d.number.clone()}</bdi></a>
                                " " <span dir="auto">{d.title.clone()}</span>
                                " · " {kind_label(i18n, &d.kind, d.draft_name.as_deref())}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn MoveStage(project: ProjectView, flash: Option<Flash>) -> impl IntoView {
    let i18n = use_i18n();
    if project.next_stages.is_empty() {
        return view! {
            <section class="card"><p class="empty">{i18n.t("project-no-next")}</p></section>
        }
        .into_any();
    }
    let options: Vec<(String, String)> = project
        .next_stages
        .iter()
        .map(|c| (c.clone(), format!("{c} · {}", stage_label(i18n, c))))
        .collect();
    let value = |name: &str| flash.as_ref().map(|f| f.value(name)).unwrap_or_default();
    view! {
        <section class="card" aria-labelledby="move-title">
            <h2 id="move-title">{i18n.t("project-move")}</h2>
            <FlashNotice flash=flash.clone() />
            <form class="stack" method="post" action=format!("/projects/{}/stage", project.project.id)>
                <Select name="stage" label=i18n.t("project-next-stage") options=options selected=value("stage") flash=flash.clone() />
                <TextArea name="reason" label=i18n.t("project-reason") value=value("reason") flash=flash.clone() />
                <Field name="target_date" kind="date" label=i18n.t("project-new-target-date") value=value("target_date") flash=flash.clone() />
                <button type="submit" class="button primary">{i18n.t("project-move-button")}</button>
            </form>
        </section>
    }
    .into_any()
}
