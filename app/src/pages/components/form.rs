//! Form fields and notices that show the server's messages next to what they are about.

use leptos::prelude::*;

use crate::{
    i18n::use_i18n,
    model::{Flash, Message},
};

/// The messages of `flash` about the field `name`, in the reader's language.
fn field_errors(flash: Option<&Flash>, name: &str) -> Vec<String> {
    let i18n = use_i18n();
    flash
        .map(|f| f.errors.for_field(name).map(|m| i18n.msg(m)).collect())
        .unwrap_or_default()
}

/// A labelled input with its error messages tied to it (`aria-describedby`).
#[component]
pub fn Field(
    /// The form field's name (also the key of its errors).
    name: &'static str,
    /// The visible label.
    label: String,
    /// The input type.
    #[prop(default = "text")]
    kind: &'static str,
    /// The value to fill in.
    #[prop(optional)]
    value: String,
    /// The `autocomplete` hint.
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// A hint shown under the label.
    #[prop(optional)]
    hint: Option<String>,
    /// An id of its own, when a page has several forms with this field.
    #[prop(optional)]
    id: Option<String>,
    /// The flash of this form, for its errors.
    flash: Option<Flash>,
) -> impl IntoView {
    let errors = field_errors(flash.as_ref(), name);
    let id = id.unwrap_or_else(|| format!("field-{name}"));
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let invalid = !errors.is_empty();
    let described = [
        hint.as_ref().map(|_| hint_id.clone()),
        invalid.then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input
                id=id
                name=name
                type=kind
                dir="auto"
                value=value
                autocomplete=autocomplete
                aria-invalid=invalid.then_some("true")
                aria-describedby=(!described.is_empty()).then_some(described)
            />
            {invalid.then(|| view! {
                <p class="field-error" id=error_id>
                    {errors.join(" ")}
                </p>
            })}
        </div>
    }
}

/// A labelled choice with its error messages tied to it, like [`Field`].
#[component]
pub fn Select(
    /// The form field's name (also the key of its errors).
    name: &'static str,
    /// The visible label.
    label: String,
    /// (value, visible text) of each choice, in order.
    options: Vec<(String, String)>,
    /// The value chosen before (the first choice when empty).
    #[prop(optional)]
    selected: String,
    /// An id of its own, when a page has several forms with this field.
    #[prop(optional)]
    id: Option<String>,
    /// The flash of this form, for its errors.
    flash: Option<Flash>,
) -> impl IntoView {
    let errors = field_errors(flash.as_ref(), name);
    let id = id.unwrap_or_else(|| format!("field-{name}"));
    let error_id = format!("{id}-error");
    let invalid = !errors.is_empty();
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id.clone()>{label}</label>
            <select
                id=id
                name=name
                aria-invalid=invalid.then_some("true")
                aria-describedby=invalid.then(|| error_id.clone())
            >
                {options.into_iter().map(|(value, text)| {
                    let chosen = value == selected;
                    view! { <option value=value selected=chosen>{text}</option> }
                }).collect_view()}
            </select>
            {invalid.then(|| view! { <p class="field-error" id=error_id>{errors.join(" ")}</p> })}
        </div>
    }
}

/// A choice in a GET filter form (a list's filter or sort): its id is `filter-{name}`, so it
/// never clashes with a form field of the same name on the page.
#[component]
pub fn FilterSelect(
    /// The query parameter.
    name: &'static str,
    /// The visible label.
    label: String,
    /// (value, visible text) of each choice.
    options: Vec<(String, String)>,
    /// The value chosen now.
    chosen: String,
) -> impl IntoView {
    let id = format!("filter-{name}");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                {options.into_iter().map(|(value, text)| {
                    let selected = value == chosen;
                    view! { <option value=value selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A labelled multi-line text with its error messages tied to it, like [`Field`].
#[component]
pub fn TextArea(
    /// The form field's name (also the key of its errors).
    name: &'static str,
    /// The visible label.
    label: String,
    /// The text to fill in.
    #[prop(optional)]
    value: String,
    /// A hint shown under the label (tied to the field).
    #[prop(optional)]
    hint: Option<String>,
    /// An id of its own, when a page has several forms with this field.
    #[prop(optional)]
    id: Option<String>,
    /// The flash of this form, for its errors.
    flash: Option<Flash>,
) -> impl IntoView {
    let errors = field_errors(flash.as_ref(), name);
    let id = id.unwrap_or_else(|| format!("field-{name}"));
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let invalid = !errors.is_empty();
    let described = [
        hint.as_ref().map(|_| hint_id.clone()),
        invalid.then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    // Leptos writes a textarea's text into the served page as it is: escape it there, or a
    // `</textarea>` typed into a comment or minutes would end the field and start markup. The
    // browser decodes the escapes (a textarea holds text), so the value is what was typed.
    #[cfg(feature = "ssr")]
    let value = escape_text(&value);
    let property = value.clone();
    view! {
        <div class="field" class:invalid=invalid>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <textarea
                id=id
                name=name
                rows="4"
                dir="auto"
                aria-invalid=invalid.then_some("true")
                aria-describedby=(!described.is_empty()).then_some(described)
                // The text child fills it when served; the property when drawn in the browser
                // (a text child added to a textarea there does not become its value).
                prop:value=property
            >{value}</textarea>
            {invalid.then(|| view! { <p class="field-error" id=error_id>{errors.join(" ")}</p> })}
        </div>
    }
}

/// `&`, `<` and `>` as character references, for text the server writes raw.
#[cfg(feature = "ssr")]
fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The page-level message of a form's flash: success as a status, failure as an alert.
#[component]
pub fn FlashNotice(
    /// The flash, if any.
    flash: Option<Flash>,
) -> impl IntoView {
    let i18n = use_i18n();
    flash.and_then(|f| {
        let message = f
            .notice
            .clone()
            .or_else(|| (!f.errors.is_empty()).then(|| Message::new("error-invalid")))?;
        let text = i18n.msg(&message);
        Some(if f.success {
            view! { <div class="notice success" role="status">{text}</div> }.into_any()
        } else {
            view! { <div class="notice error" role="alert">{text}</div> }.into_any()
        })
    })
}
