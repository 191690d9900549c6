//! `/documents/:id/comments`: the reader's member bodies' comments in the 8-column template
//! (add, edit, leave out, submit the national position) and the compiled table with the
//! secretariat's dispositions. Plain forms posting to `server/src/comment_forms.rs`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    components::{
        form::{Field, FilterSelect, FlashNotice, Select, TextArea},
        LocalText, Moment, Pager,
    },
    errors::error_view,
    flash_for, use_page_data,
};
use crate::domain::locale::Titled;
use crate::{
    api,
    i18n::{disposition_key, use_i18n, I18n},
    model::{
        CommentEvent, CommentView, CommentsPage as PageData, Flash, MemberBodyComments, Message,
        PageContext, RowProblem,
    },
};

fn kinds(i18n: I18n) -> Vec<(String, String)> {
    ["te", "ed", "ge"]
        .into_iter()
        .map(|k| {
            (
                k.to_string(),
                format!("{k} — {}", i18n.t(&format!("comment-kind-{k}"))),
            )
        })
        .collect()
}

fn status_label(i18n: I18n, status: &str) -> String {
    match status {
        "dropped" => i18n.t("comment-status-dropped"),
        "submitted" => i18n.t("comment-status-submitted"),
        _ => i18n.t("comment-status-draft"),
    }
}

/// `/documents/:id/comments`
#[component]
pub fn CommentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let params = use_params_map();
    let query = use_query_map();
    let page = Resource::new(
        move || {
            let q = query.read();
            (
                params.read().get("id").unwrap_or_default(),
                q.get("from"),
                q.get("kind"),
                q.get("q"),
                q.get("page").and_then(|p| p.parse::<i64>().ok()),
                // Which comment is being changed: the page is drawn again for it.
                q.get("edit"),
            )
        },
        |(id, from, kind, text, page, _)| {
            api::comments::get_comments_page(id, from, kind, text, page)
        },
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let context = match data.context.await {
                    Ok(c) => c,
                    Err(e) => return error_view(e),
                };
                let page = match page.await {
                    Ok(p) => p,
                    Err(e) => return error_view(e),
                };
                let editing = query.get_untracked().get("edit");
                view! {
                    <Title text=format!("{} · {}", page.number, i18n.t("comments-title")) />
                    <header class="page-head">
                        <p class="eyebrow">
                            <a href=format!("/documents/{}", page.document_id)><bdi dir="ltr" class="code">{page.number.clone()}</bdi></a>
                        </p>
                        <h1>{i18n.t("comments-title")}</h1>
                        <p class="lead"><LocalText text=page.title_in(i18n.0).0.to_string() lang=page.title_in(i18n.0).1 /></p>
                    </header>
                    <FlashNotice flash=context.flash.clone().filter(|f| f.success) />
                    {page.mine.iter().map(|mine| view! {
                        <MemberBodyCard page=page.clone() mine=mine.clone() context=context.clone() editing=editing.clone() />
                    }).collect_view()}
                    <Compiled page=page.clone() context=context.clone() />
                    <History events=page.history.clone() />
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// A member body's own comments with the forms to add, change, leave out and submit.
#[component]
fn MemberBodyCard(
    page: PageData,
    mine: MemberBodyComments,
    context: PageContext,
    editing: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let code = mine.member_body.clone();
    let form_flash = flash_for(&context, &format!("comment-{code}")).filter(|f| !f.success);
    let submit_flash = flash_for(&context, &format!("submit-{code}")).filter(|f| !f.success);
    let edited = editing
        .as_ref()
        .and_then(|id| {
            mine.comments
                .iter()
                .find(|c| &c.id == id && c.status != "submitted")
        })
        .cloned();
    let title_id = format!("mine-{code}");
    let labelled = title_id.clone();
    let seen = mine
        .comments
        .iter()
        .filter(|c| c.status == "draft")
        .map(|c| format!("{}:{}", c.id, c.version))
        .collect::<Vec<_>>()
        .join(",");
    let drafts = mine.comments.iter().filter(|c| c.status == "draft").count();
    view! {
        <section class="card" aria-labelledby=labelled>
            <h2 id=title_id>{i18n.msg(&Message::new("comments-of").arg("member_body", code.clone()))}</h2>
            {if mine.submitted {
                view! { <p class="notice success" role="note">{i18n.t("comments-submitted-note")}
                    {mine.with_ballot.clone().map(|b| view! { " " <a href=format!("/ballots/{b}")>{i18n.msg(&Message::new("comments-submitted-with-vote").arg("member_body", code.clone()))}</a> })}
                </p> }.into_any()
            } else {
                view! { <p class="muted">{i18n.t("comments-drafting-note")}</p> }.into_any()
            }}
            {(!mine.submitted).then(|| page.open_ballot.clone()).flatten().map(|(id, kind)| view! {
                <p class="notice" role="note">
                    {i18n.msg(&Message::new("comments-under-ballot").arg("kind", kind).arg("member_body", code.clone()))} " "
                    <a href=format!("/ballots/{id}")>{i18n.t("comments-open-ballot")}</a>
                </p>
            })}
            <FlashNotice flash=submit_flash.clone() />
            <CommentTable comments=mine.comments.clone() document_id=page.document_id.clone() officer=mine.is_officer && !mine.submitted />
            {(!mine.submitted).then(|| view! {
                <CommentForm document_id=page.document_id.clone() member_body=code.clone() edited=edited flash=form_flash />
                <ImportForm
                    action=format!("/documents/{}/comments/import", page.document_id)
                    member_body=Some(code.clone())
                    flash=flash_for(&context, &format!("import-{code}"))
                    title=i18n.msg(&Message::new("comments-import-title").arg("member_body", code.clone()))
                    hint=i18n.t("comments-import-hint") />
            })}
            {(mine.is_officer && !mine.submitted).then(|| view! {
                <form method="post" action=format!("/documents/{}/comments/submit", page.document_id) class="submit-position">
                    <input type="hidden" name="member_body" value=code.clone() />
                    <input type="hidden" name="seen" value=seen />
                    <p class="hint">{i18n.msg(&Message::new("comments-submit-hint").arg("count", drafts.to_string()))}</p>
                    <button type="submit" class="button primary">{i18n.msg(&Message::new("comments-submit").arg("member_body", code.clone()))}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn CommentTable(comments: Vec<CommentView>, document_id: String, officer: bool) -> impl IntoView {
    let i18n = use_i18n();
    if comments.is_empty() {
        return view! { <p class="empty">{i18n.t("comments-none-yet")}</p> }.into_any();
    }
    view! {
        <table class="table stack-on-phone comments-table">
            <thead><tr>
                <th scope="col">{i18n.t("comment-col-clause")}</th>
                <th scope="col">{i18n.t("comment-col-type")}</th>
                <th scope="col">{i18n.t("comment-col-comment")}</th>
                <th scope="col">{i18n.t("comment-col-proposed")}</th>
                <th scope="col">{i18n.t("comments-author-status")}</th>
            </tr></thead>
            <tbody>
                {comments.into_iter().map(|c| {
                    let editable = c.status != "submitted";
                    let drop_value = if c.status == "dropped" { "false" } else { "true" };
                    view! {
                        <tr data-comment=c.id.clone() data-status=c.status.clone() class:dropped=c.status == "dropped">
                            <td><bdi>{c.clause.clone()}</bdi>
                                {(!c.line.is_empty()).then(|| view! { <br /><span class="muted">{i18n.t("comment-col-line")} " " {c.line.clone()}</span> })}</td>
                            <td><span class="badge muted">{c.kind.clone()}</span></td>
                            <td class="reasons" dir="auto">{c.comment.clone()}</td>
                            <td class="reasons" dir="auto">{c.proposed_change.clone()}</td>
                            <td>
                                {c.author.clone().unwrap_or_default()} <br />
                                <span class="muted">{status_label(i18n, &c.status)}</span>
                                {editable.then(|| view! {
                                    <br /><a href=format!("/documents/{document_id}/comments?edit={}#comment-form", c.id)>{i18n.t("comments-edit")}</a>
                                })}
                                {(editable && officer).then(|| view! {
                                    <form method="post" action=format!("/comments/{}/drop", c.id) class="inline-form">
                                        <input type="hidden" name="dropped" value=drop_value />
                                        <input type="hidden" name="version" value=c.version.to_string() />
                                        " "
                                        <button type="submit" class="link-button">
                                            {if c.status == "dropped" { i18n.t("comments-take-back") } else { i18n.t("comments-leave-out") }}
                                        </button>
                                    </form>
                                })}
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// The template's columns as a form: a new comment, or the one being changed.
#[component]
fn CommentForm(
    document_id: String,
    member_body: String,
    edited: Option<CommentView>,
    flash: Option<Flash>,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = |name: &str, now: Option<String>| {
        flash
            .as_ref()
            .map(|f| f.value(name))
            .filter(|v| !v.is_empty())
            .or(now)
            .unwrap_or_default()
    };
    let e = edited.clone();
    let action = match &edited {
        Some(c) => format!("/comments/{}", c.id),
        None => format!("/documents/{document_id}/comments"),
    };
    view! {
        <form method="post" action=action class="stack comment-form" id="comment-form">
            <h3>{if edited.is_some() { i18n.t("comments-change") } else { i18n.t("comments-add") }}</h3>
            <FlashNotice flash=flash.clone() />
            <input type="hidden" name="member_body" value=member_body />
            {e.as_ref().map(|c| view! { <input type="hidden" name="version" value=c.version.to_string() /> })}
            <div class="inline-stack">
                <Field name="line" label=i18n.t("comment-col-line") value=value("line", e.as_ref().map(|c| c.line.clone())) flash=flash.clone() />
                <Field name="clause" label=i18n.t("comment-col-clause") hint=i18n.t("comment-clause-hint") value=value("clause", e.as_ref().map(|c| c.clause.clone())) flash=flash.clone() />
                <Field name="paragraph" label=i18n.t("comment-col-paragraph") value=value("paragraph", e.as_ref().map(|c| c.paragraph.clone())) flash=flash.clone() />
                <Select name="kind" label=i18n.t("comment-col-type") options=kinds(i18n) selected=value("kind", e.as_ref().map(|c| c.kind.clone())) flash=flash.clone() />
            </div>
            <TextArea name="comment" label=i18n.t("comment-col-comment") value=value("comment", e.as_ref().map(|c| c.comment.clone())) flash=flash.clone() />
            <TextArea name="proposed_change" label=i18n.t("comment-col-proposed") value=value("proposed_change", e.as_ref().map(|c| c.proposed_change.clone())) flash=flash.clone() />
            <button type="submit" class="button primary">{if edited.is_some() { i18n.t("comments-save") } else { i18n.t("comments-add-button") }}</button>
        </form>
    }
}

/// The compiled table: every submitted comment in clause order, filtered, with the decisions
/// (and for the committee manager the form to record them), the progress and the exports.
#[component]
fn Compiled(page: PageData, context: PageContext) -> impl IntoView {
    let i18n = use_i18n();
    let list = page.compiled.clone();
    let query = use_query_map().get_untracked();
    let from = query.get("from").unwrap_or_default();
    let kind = query.get("kind").unwrap_or_default();
    let text = query.get("q").unwrap_or_default();
    let mut from_options = vec![(String::new(), i18n.t("comments-all-member-bodies"))];
    from_options.extend(page.submitters.iter().map(|c| (c.clone(), c.clone())));
    let mut kind_options = vec![(String::new(), i18n.t("comments-all-types"))];
    kind_options.extend(kinds(i18n));
    let dispositions: Vec<(String, String)> = crate::domain::comments::Disposition::ALL
        .into_iter()
        .map(|d| (d.code().to_string(), i18n.t(disposition_key(d.code()))))
        .collect();
    let failed = flash_for(&context, "disposition").filter(|f| !f.success);
    let export = |format: &str| {
        format!(
            "/api/v1/documents/{}/comments/export?format={format}",
            page.document_id
        )
    };
    view! {
        <section class="card" aria-labelledby="compiled-title">
            <h2 id="compiled-title">{i18n.t("comments-compiled")}</h2>
            <p class="progress" data-resolved=list.resolved data-total=list.total>
                {i18n.msg(&Message::new("comments-progress").arg("resolved", list.resolved.to_string()).arg("total", list.total.to_string()))}
            </p>
            <FlashNotice flash=failed />
            <form class="filters" method="get" action=format!("/documents/{}/comments", page.document_id)>
                <FilterSelect name="from" label=i18n.t("comment-col-mb") options=from_options chosen=from.clone() />
                <FilterSelect name="kind" label=i18n.t("comment-col-type") options=kind_options chosen=kind.clone() />
                <div class="field">
                    <label for="comments-q">{i18n.t("comments-search")}</label>
                    <input type="search" id="comments-q" name="q" value=text.clone() dir="auto" />
                </div>
                <button type="submit" class="button">{i18n.t("documents-filter")}</button>
            </form>
            {if list.comments.is_empty() {
                view! { <p class="empty">{i18n.t("comments-none-submitted")}</p> }.into_any()
            } else {
                view! {
                    <div class="wide-table">
                    <table class="table stack-on-phone compiled">
                        <thead><tr>
                            <th scope="col">{i18n.t("comment-col-mb")}</th>
                            <th scope="col">{i18n.t("comment-col-line")}</th>
                            <th scope="col">{i18n.t("comment-col-clause")}</th>
                            <th scope="col">{i18n.t("comment-col-paragraph")}</th>
                            <th scope="col">{i18n.t("comment-col-type")}</th>
                            <th scope="col">{i18n.t("comment-col-comment")}</th>
                            <th scope="col">{i18n.t("comment-col-proposed")}</th>
                            <th scope="col">{i18n.t("comment-col-observations")}</th>
                        </tr></thead>
                        <tbody>
                            {list.comments.iter().map(|c| view! {
                                <tr data-comment=c.id.clone() data-clause=c.clause.clone()>
                                    <td><bdi>{c.member_body.clone()}</bdi></td>
                                    <td>{c.line.clone()}</td>
                                    <td><bdi>{c.clause.clone()}</bdi></td>
                                    <td>{c.paragraph.clone()}</td>
                                    <td><span class="badge muted">{c.kind.clone()}</span></td>
                                    <td class="reasons" dir="auto">{c.comment.clone()}</td>
                                    <td class="reasons" dir="auto">{c.proposed_change.clone()}</td>
                                    <td>
                                        {c.disposition.clone().map(|d| view! { <strong class="disposition">{i18n.t(disposition_key(&d))}</strong><br /> })}
                                        <span class="reasons" dir="auto">{c.observations.clone().unwrap_or_default()}</span>
                                        {page.can_compile.then(|| view! {
                                            <form method="post" action=format!("/comments/{}/disposition", c.id) class="stack disposition-form">
                                                <label class="visually-hidden" for=format!("d-{}", c.id)>{i18n.t("comment-col-disposition")}</label>
                                                <select id=format!("d-{}", c.id) name="disposition">
                                                    {dispositions.iter().map(|(value, text)| {
                                                        let selected = c.disposition.as_deref() == Some(value.as_str());
                                                        view! { <option value=value.clone() selected=selected>{text.clone()}</option> }
                                                    }).collect_view()}
                                                </select>
                                                <label class="visually-hidden" for=format!("o-{}", c.id)>{i18n.t("comment-col-observations")}</label>
                                                <textarea id=format!("o-{}", c.id) name="observations" rows="2" dir="auto" prop:value=c.observations.clone().unwrap_or_default()>{c.observations.clone().unwrap_or_default()}</textarea>
                                                <button type="submit" class="button">{i18n.t("comments-record")}</button>
                                            </form>
                                        })}
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                    </div>
                }.into_any()
            }}
            <Pager page=list.page per_page=list.per_page total=list.total
                link=format!("/documents/{}/comments?from={from}&kind={kind}&q={}&page=", page.document_id, super::search::urlencode(&text)) />
            {(page.can_compile && list.total > 0).then(|| view! {
                <ImportForm
                    action=format!("/documents/{}/comments/dispositions/import", page.document_id)
                    member_body=None
                    flash=flash_for(&context, "import-dispositions")
                    title=i18n.t("comments-import-decisions-title")
                    hint=i18n.t("comments-import-decisions-hint") />
            })}
            <p class="exports">
                {i18n.t("comments-export")} " "
                <a class="button" href=export("xlsx") download="">{i18n.t("ballot-export-xlsx")}</a> " "
                <a class="button" href=export("docx") download="">{i18n.t("comments-export-docx")}</a> " "
                <a class="button" href=export("csv") download="">{i18n.t("ballot-export-csv")}</a>
            </p>
        </section>
    }
}

/// Uploading a filled template (a member body's comments, or the secretariat's decisions):
/// the file, the choice to import only the valid rows, and the problems of the last try.
#[component]
fn ImportForm(
    action: String,
    member_body: Option<String>,
    flash: Option<Flash>,
    title: String,
    hint: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let busy = RwSignal::new(false);
    let id = format!(
        "import-{}",
        member_body.clone().unwrap_or_else(|| "decisions".into())
    );
    let problems = flash
        .as_ref()
        .map(|f| f.problems.clone())
        .unwrap_or_default();
    let failed = flash.clone().filter(|f| !f.success);
    let file_errors = flash.clone().filter(|f| !f.errors.is_empty());
    view! {
        <form method="post" action=action enctype="multipart/form-data" class="stack import-form" id=id.clone()
            on:submit=move |_| busy.set(true)>
            <h3>{title}</h3>
            <p class="hint">{hint}</p>
            <FlashNotice flash=failed />
            {member_body.map(|code| view! { <input type="hidden" name="member_body" value=code /> })}
            <label for=format!("{id}-file")>{i18n.t("comments-import-file")}</label>
            <input type="file" name="file" id=format!("{id}-file") required=true
                accept=".xlsx,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
            {file_errors.map(|f| f.errors.0.iter().map(|(_, m)| view! { <p class="field-error" role="alert">{i18n.msg(m)}</p> }).collect_view())}
            <label class="checkbox">
                <input type="checkbox" name="valid_only" value="true" />
                " " {i18n.t("comments-import-valid-only")}
            </label>
            <button type="submit" class="button" disabled=move || busy.get() aria-busy=move || busy.get().to_string()>
                {move || if busy.get() { i18n.t("comments-importing") } else { i18n.t("comments-import-button") }}
            </button>
            {move || busy.get().then(|| view! { <progress class="import-progress" aria-label=i18n.t("comments-importing")></progress> })}
            <RowProblems problems=problems />
        </form>
    }
}

/// The rows of an imported file that had problems, each with its row and column.
#[component]
fn RowProblems(problems: Vec<RowProblem>) -> impl IntoView {
    let i18n = use_i18n();
    (!problems.is_empty()).then(|| {
        view! {
            <div class="row-problems" role="region" aria-label=i18n.t("comments-import-problems")>
                <h4>{i18n.t("comments-import-problems")}</h4>
                <ul>
                    {problems.into_iter().map(|p| {
                        let place = match (p.row, p.column.clone()) {
                            (Some(row), Some(column)) => i18n.msg(&Message::new("comments-import-row-column").arg("row", row.to_string()).arg("column", column)),
                            (Some(row), None) => i18n.msg(&Message::new("comments-import-row").arg("row", row.to_string())),
                            _ => String::new(),
                        };
                        view! {
                            <li data-row=p.row.map(|r| r.to_string()).unwrap_or_default() data-field=p.field.clone()>
                                {(!place.is_empty()).then(|| view! { <strong>{place.clone()}</strong> " " })}
                                <span>{i18n.msg(&p.message)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}

/// The comments' audit trail as the reader may see it.
#[component]
fn History(events: Vec<CommentEvent>) -> impl IntoView {
    let i18n = use_i18n();
    (!events.is_empty()).then(|| {
        view! {
            <section class="card" aria-labelledby="comments-history">
                <h2 id="comments-history">{i18n.t("comments-history")}</h2>
                <ol class="history">
                    {events.into_iter().map(|e| {
                        let what = i18n.msg(
                            &Message::new(format!("comment-event-{}", e.action.replace('_', "-")))
                                .arg("member_body", e.member_body.clone().unwrap_or_default())
                                .arg("count", e.detail.clone())
                                .arg("clause", e.clause.clone().unwrap_or_default())
                                .arg("decision", if e.action == "disposition" { i18n.t(disposition_key(&e.detail)) } else { String::new() }),
                        );
                        view! {
                            <li data-action=e.action.clone()>
                                <Moment text=e.when.clone() class="muted" /> " "
                                <bdi>{e.actor.clone().unwrap_or_default()}</bdi> " · "
                                <span>{what}</span>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
        }
    })
}
