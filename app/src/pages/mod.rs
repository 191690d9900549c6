//! The pages, one module per route, and the route table.

pub mod account;
pub mod audit;
pub mod ballots;
pub mod body;
pub mod comments;
pub mod committee;
pub mod components;
pub mod dashboard;
pub mod documents;
pub mod errors;
pub mod home;
pub mod invitations;
pub mod login;
pub mod meetings;
pub mod member_body;
pub mod my_committees;
pub mod notifications;
pub mod projects;
pub mod search;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

use crate::{
    api,
    error::AppError,
    i18n::use_i18n,
    model::{Flash, PageContext, UserView},
};

/// Data every page reads, loaded once per page load and shared through context.
#[derive(Clone, Copy)]
pub struct PageData {
    /// Who is signed in, and the flash of the last form.
    pub context: Resource<Result<PageContext, AppError>>,
    /// The bodies' acronyms (the header's links).
    pub bodies: Resource<Result<Vec<String>, AppError>>,
}

/// The shared page data.
pub fn use_page_data() -> PageData {
    expect_context::<PageData>()
}

/// The flash for `form`, if the last form posted was that one.
pub fn flash_for(context: &PageContext, form: &str) -> Option<Flash> {
    context.flash.clone().filter(|f| f.form == form)
}

/// What was typed into `name` before a refused form came back, else `default` (the value the
/// form shows when it opens).
pub fn typed_or(flash: Option<&Flash>, name: &str, default: &str) -> String {
    flash
        .map(|f| f.value(name))
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| default.to_string())
}

/// The page context with the signed-in person, or the view to show instead: the sign-in
/// redirect for a visitor, the error page when the context could not be loaded.
pub fn require_signed_in(
    context: Result<PageContext, AppError>,
) -> Result<(PageContext, UserView), AnyView> {
    let context = context.map_err(errors::error_view)?;
    match context.user.clone() {
        Some(user) => Ok((context, user)),
        None => Err(view! { <errors::SignInRedirect /> }.into_any()),
    }
}

/// The routes. Every route renders fully on the server before answering (`SsrMode::Async`),
/// so pages work without JavaScript and can set their HTTP status and redirects.
#[component]
pub fn AppRoutes() -> impl IntoView {
    let i18n = use_i18n();
    let data = PageData {
        context: Resource::new(|| (), |_| api::page::get_page_context()),
        bodies: Resource::new(|| (), |_| api::bodies::list_body_acronyms()),
    };
    provide_context(data);
    // Marks the page once the WASM has taken over, so browser tests know they test the
    // hydrated page and not only the server's HTML.
    Effect::new(move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
    view! {
        <Title formatter=move |title: String| {
            if title.is_empty() { "Comity".to_string() } else { format!("{title} · Comity") }
        } />
        <Router>
            <a class="skip-link" href="#main">{i18n.t("nav-skip-to-content")}</a>
            <components::layout::Header />
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <errors::NotFound /> }>
                    <Route path=path!("/") view=home::HomePage ssr=SsrMode::Async />
                    <Route path=path!("/login") view=login::LoginPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=account::AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/invitations") view=invitations::InvitePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/audit") view=audit::AuditTrailPage ssr=SsrMode::Async />
                    <Route path=path!("/dashboard") view=dashboard::DashboardPage ssr=SsrMode::Async />
                    <Route path=path!("/committees/:id/audit") view=audit::AuditTrailPage ssr=SsrMode::Async />
                    <Route path=path!("/invitations/:token") view=invitations::AcceptPage ssr=SsrMode::Async />
                    <Route path=path!("/committees/:id") view=committee::CommitteePage ssr=SsrMode::Async />
                    <Route path=path!("/committees/:id/manage") view=committee::ManagePage ssr=SsrMode::Async />
                    <Route path=path!("/bodies/:acronym") view=body::BodyPage ssr=SsrMode::Async />
                    <Route path=path!("/member-bodies") view=member_body::MemberBodiesPage ssr=SsrMode::Async />
                    <Route path=path!("/member-bodies/:code") view=member_body::MemberBodyPage ssr=SsrMode::Async />
                    <Route path=path!("/notifications") view=notifications::NotificationsPage ssr=SsrMode::Async />
                    <Route path=path!("/unsubscribe/:token/:kind") view=notifications::UnsubscribePage ssr=SsrMode::Async />
                    <Route path=path!("/my/committees") view=my_committees::MyCommitteesPage ssr=SsrMode::Async />
                    <Route path=path!("/committees/:id/documents") view=documents::RegisterPage ssr=SsrMode::Async />
                    <Route path=path!("/documents/:id") view=documents::DocumentPage ssr=SsrMode::Async />
                    <Route path=path!("/documents/:id/comments") view=comments::CommentsPage ssr=SsrMode::Async />
                    <Route path=path!("/committees/:id/projects") view=projects::ProgrammePage ssr=SsrMode::Async />
                    <Route path=path!("/projects/:id") view=projects::ProjectPage ssr=SsrMode::Async />
                    <Route path=path!("/search") view=search::SearchPage ssr=SsrMode::Async />
                    <Route path=path!("/committees/:id/ballots") view=ballots::BallotsPage ssr=SsrMode::Async />
                    <Route path=path!("/ballots/:id") view=ballots::BallotPage ssr=SsrMode::Async />
                    <Route path=path!("/committees/:id/participation") view=ballots::ParticipationPage ssr=SsrMode::Async />
                    <Route path=path!("/committees/:id/meetings") view=meetings::MeetingsPage ssr=SsrMode::Async />
                    <Route path=path!("/meetings/:id") view=meetings::MeetingPage ssr=SsrMode::Async />
                    <Route path=path!("/meetings/:id/agenda") view=meetings::PrintableAgenda ssr=SsrMode::Async />
                </Routes>
            </main>
            <components::layout::Footer />
        </Router>
    }
}
