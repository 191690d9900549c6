//! `/dashboard`: what needs me, by my roles, most urgent first; each item links to where the
//! action is. Rendered on the server, so it works without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    ballots::PendingBallots, components::Moment, errors::error_view, require_signed_in,
    use_page_data,
};
use crate::{
    api,
    i18n::use_i18n,
    model::{Message, WorkItem},
};

/// `/dashboard`
#[component]
pub fn DashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_page_data();
    let dashboard = Resource::new(|| (), |_| api::dashboard::get_dashboard());
    view! {
        <Title text=i18n.t("dashboard-title") />
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                if let Err(view) = require_signed_in(data.context.await) {
                    return view;
                }
                let d = match dashboard.await {
                    Ok(d) => d,
                    Err(e) => return error_view(e),
                };
                let empty = d.is_empty();
                view! {
                    <header class="page-head">
                        <h1>{i18n.t("dashboard-title")}</h1>
                        <p class="lead">{i18n.t(if empty { "dashboard-nothing" } else { "dashboard-lead" })}</p>
                    </header>
                    {(!d.ballots.is_empty()).then(|| view! {
                        <section class="card" aria-labelledby="dash-ballots">
                            <h2 id="dash-ballots">{i18n.t("home-ballots-needing-vote")} " " <span class="count">{d.ballots.len()}</span></h2>
                            <PendingBallots pending=d.ballots.clone() />
                        </section>
                    })}
                    <Items id="dash-consolidate" title="dashboard-consolidate" items=d.comments_to_consolidate.clone() />
                    <Items id="dash-decide" title="dashboard-decide" items=d.dispositions_to_record.clone() />
                    <Items id="dash-agendas" title="dashboard-agendas" items=d.agendas_due.clone() />
                    <Items id="dash-minutes" title="dashboard-minutes" items=d.minutes_due.clone() />
                    <Items id="dash-registrations" title="dashboard-registrations" items=d.registrations_closing.clone() />
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// One list of things to do; nothing when it is empty.
#[component]
fn Items(id: &'static str, title: &'static str, items: Vec<WorkItem>) -> impl IntoView {
    let i18n = use_i18n();
    (!items.is_empty()).then(|| {
        view! {
            <section class="card" aria-labelledby=id data-list=id>
                <h2 id=id>{i18n.t(title)} " " <span class="count">{items.len()}</span></h2>
                <ul class="work-items">
                    {items.into_iter().map(|item| view! {
                        <li>
                            <a href=item.link.clone()><bdi>{item.reference.clone()}</bdi> " " <bdi>{item.title.clone()}</bdi></a>
                            {item.member_body.clone().map(|mb| view! { " " <span class="badge">{mb}</span> })}
                            {item.count.map(|n| view! { " " <span class="muted">{i18n.msg(&Message::new("dashboard-comments").arg("count", n.to_string()))}</span> })}
                            {item.due.clone().map(|due| view! {
                                <br />
                                <span class=if item.overdue { "badge badge-warning" } else { "muted" }>
                                    {i18n.t(if item.overdue { "dashboard-overdue" } else { "dashboard-due" })}
                                </span>
                                " " <Moment text=due />
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
