//! Demo data: three bodies, their member bodies and committees, and one person per role.
//! Loaded by `make run` on an empty database and by `comity demo`. The README lists the accounts.

use super::{db, new_id, now_ms, password, state::AppState};
use crate::{domain::committees, error::AppResult};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "comity-demo-2026";

/// (acronym, English, French, Arabic) names of the demo bodies.
const BODIES: &[(&str, &str, Option<&str>, Option<&str>)] = &[
    (
        "ARSO",
        "African Organisation for Standardisation",
        Some("Organisation africaine de normalisation"),
        Some("المنظمة الأفريقية للتقييس"),
    ),
    (
        "RNF",
        "Francophone Standardization Network",
        Some("Réseau Normalisation et Francophonie"),
        Some("شبكة التقييس والفرنكوفونية"),
    ),
    (
        "SMIIC",
        "Standards and Metrology Institute for Islamic Countries",
        Some("Institut de normalisation et de métrologie pour les pays islamiques"),
        Some("معهد المواصفات والمقاييس للبلدان الإسلامية"),
    ),
];

/// (code, name, country, bodies it belongs to with the category).
type DemoMemberBody = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const MEMBER_BODIES: &[DemoMemberBody] = &[
    (
        "IMANOR",
        "Institut Marocain de Normalisation",
        "MA",
        &[("ARSO", "member"), ("SMIIC", "member"), ("RNF", "member")],
    ),
    (
        "KEBS",
        "Kenya Bureau of Standards",
        "KE",
        &[("ARSO", "member")],
    ),
    (
        "SON",
        "Standards Organisation of Nigeria",
        "NG",
        &[("ARSO", "member"), ("SMIIC", "member")],
    ),
    (
        "GSA",
        "Ghana Standards Authority",
        "GH",
        &[("ARSO", "member")],
    ),
    (
        "SABS",
        "South African Bureau of Standards",
        "ZA",
        &[("ARSO", "member")],
    ),
    (
        "EOS",
        "Egyptian Organization for Standardization and Quality",
        "EG",
        &[("ARSO", "member"), ("SMIIC", "member")],
    ),
    (
        "TBS",
        "Tanzania Bureau of Standards",
        "TZ",
        &[("ARSO", "member")],
    ),
    (
        "UNBS",
        "Uganda National Bureau of Standards",
        "UG",
        &[("ARSO", "member"), ("SMIIC", "member")],
    ),
    (
        "ASN",
        "Association Sénégalaise de Normalisation",
        "SN",
        &[("ARSO", "member"), ("SMIIC", "member"), ("RNF", "member")],
    ),
    (
        "CODINORM",
        "Côte d'Ivoire Normalisation",
        "CI",
        &[("ARSO", "member"), ("SMIIC", "member"), ("RNF", "member")],
    ),
    (
        "ANOR",
        "Agence des Normes et de la Qualité",
        "CM",
        &[("ARSO", "member"), ("SMIIC", "member"), ("RNF", "member")],
    ),
    (
        "RSB",
        "Rwanda Standards Board",
        "RW",
        &[("ARSO", "member"), ("RNF", "member")],
    ),
    (
        "ESA",
        "Ethiopian Standards Agency",
        "ET",
        &[("ARSO", "member")],
    ),
    (
        "INNORPI",
        "Institut National de la Normalisation et de la Propriété Industrielle",
        "TN",
        &[("ARSO", "member"), ("SMIIC", "member"), ("RNF", "member")],
    ),
    (
        "IANOR",
        "Institut Algérien de Normalisation",
        "DZ",
        &[("ARSO", "member"), ("SMIIC", "member"), ("RNF", "member")],
    ),
    (
        "ZABS",
        "Zambia Bureau of Standards",
        "ZM",
        &[("ARSO", "member")],
    ),
    (
        "TSE",
        "Türk Standardları Enstitüsü",
        "TR",
        &[("SMIIC", "member")],
    ),
    (
        "JSMO",
        "Jordan Standards and Metrology Organization",
        "JO",
        &[("SMIIC", "member")],
    ),
    (
        "SASO",
        "Saudi Standards, Metrology and Quality Organization",
        "SA",
        &[("SMIIC", "member")],
    ),
    (
        "DSM",
        "Department of Standards Malaysia",
        "MY",
        &[("SMIIC", "member")],
    ),
    (
        "BSTI",
        "Bangladesh Standards and Testing Institution",
        "BD",
        &[("SMIIC", "member")],
    ),
    (
        "AFNOR",
        "Association Française de Normalisation",
        "FR",
        &[("RNF", "member")],
    ),
    (
        "BNQ",
        "Bureau de normalisation du Québec",
        "CA",
        &[("RNF", "member")],
    ),
    (
        "SCC",
        "Standards Council of Canada",
        "CA",
        &[("RNF", "affiliate")],
    ),
    (
        "IBN",
        "Bureau de Normalisation / Bureau voor Normalisatie",
        "BE",
        &[("RNF", "member")],
    ),
];

/// (body, parent reference or "", kind, number, titles en/fr/ar, secretariat).
type CommitteeSeed = (
    &'static str,
    &'static str,
    &'static str,
    i64,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
);

/// Scope statements of some demo committees, by reference (committee scopes are written in
/// the body's working language, usually English).
const SCOPES: &[(&str, &str)] = &[
    (
        "ARSO/TC 70",
        "Standardization in the field of cannabis and cannabis-derived products: cultivation, \
         processing, quality, testing, labelling and traceability, for industrial, food and \
         medical uses.\nExcluded: narcotic control policy, which remains with national authorities.",
    ),
    (
        "SMIIC/TC 1",
        "Standardization of halal food: requirements for the whole food chain, from farm to \
         fork, including slaughter, additives, storage and transport.",
    ),
    (
        "ARSO/TC 71",
        "Standardization of cosmetics and personal care products: safety, composition, \
         labelling and test methods.",
    ),
];

const COMMITTEES: &[CommitteeSeed] = &[
    (
        "ARSO",
        "",
        "TC",
        1,
        "Standardization principles",
        Some("Principes de normalisation"),
        None,
        "KEBS",
    ),
    (
        "ARSO",
        "",
        "TC",
        4,
        "Food products and processes",
        Some("Produits et procédés alimentaires"),
        None,
        "SON",
    ),
    (
        "ARSO",
        "",
        "TC",
        70,
        "Cannabis and cannabis-derived products",
        Some("Cannabis et produits dérivés du cannabis"),
        Some("القنب والمنتجات المشتقة من القنب"),
        "IMANOR",
    ),
    (
        "ARSO",
        "ARSO/TC 70",
        "WG",
        1,
        "Industrial hemp",
        Some("Chanvre industriel"),
        None,
        "KEBS",
    ),
    (
        "ARSO",
        "ARSO/TC 70",
        "WG",
        2,
        "Cannabis for medical use",
        Some("Cannabis à usage médical"),
        None,
        "IMANOR",
    ),
    (
        "ARSO",
        "",
        "TC",
        71,
        "Cosmetics and personal care products",
        Some("Cosmétiques et produits de soins personnels"),
        None,
        "EOS",
    ),
    (
        "SMIIC",
        "",
        "TC",
        1,
        "Halal food issues",
        Some("Questions relatives aux aliments halal"),
        Some("قضايا الأغذية الحلال"),
        "TSE",
    ),
    (
        "SMIIC",
        "SMIIC/TC 1",
        "WG",
        1,
        "Halal slaughter",
        Some("Abattage halal"),
        Some("الذبح الحلال"),
        "JSMO",
    ),
    (
        "SMIIC",
        "SMIIC/TC 1",
        "WG",
        2,
        "Halal food additives",
        Some("Additifs alimentaires halal"),
        Some("المضافات الغذائية الحلال"),
        "DSM",
    ),
    (
        "SMIIC",
        "",
        "TC",
        2,
        "Halal cosmetics",
        Some("Cosmétiques halal"),
        Some("مستحضرات التجميل الحلال"),
        "DSM",
    ),
    (
        "SMIIC",
        "",
        "TC",
        5,
        "Tourism and related services",
        Some("Tourisme et services connexes"),
        Some("السياحة والخدمات ذات الصلة"),
        "TSE",
    ),
    (
        "RNF",
        "",
        "TC",
        1,
        "Standardization capacity building",
        Some("Renforcement des capacités en normalisation"),
        None,
        "AFNOR",
    ),
    (
        "RNF",
        "",
        "TC",
        2,
        "Standards and the digital economy",
        Some("Normalisation et économie numérique"),
        None,
        "BNQ",
    ),
];

/// (e-mail, name, portal admin, what the account is for: shown in the README).
pub const DEMO_USERS: &[(&str, &str, bool, &str)] = &[
    (
        "admin@comity.example",
        "Nadia Haddad",
        true,
        "portal administrator",
    ),
    (
        "arso.admin@comity.example",
        "Joseph Mwangi",
        false,
        "body administrator, ARSO central secretariat",
    ),
    (
        "manager@comity.example",
        "Salma Bennani",
        false,
        "committee manager of ARSO/TC 70 (IMANOR)",
    ),
    (
        "chair@comity.example",
        "Youssef El Amrani",
        false,
        "chair of ARSO/TC 70",
    ),
    (
        "convenor@comity.example",
        "Grace Achieng",
        false,
        "convenor of ARSO/TC 70/WG 1",
    ),
    (
        "officer.kebs@comity.example",
        "Peter Otieno",
        false,
        "member-body officer of KEBS",
    ),
    (
        "delegate.kebs@comity.example",
        "Wanjiru Kamau",
        false,
        "delegate of KEBS",
    ),
    (
        "officer.tse@comity.example",
        "Ayşe Yılmaz",
        false,
        "member-body officer of TSE",
    ),
    (
        "observer@comity.example",
        "Fatou Ndiaye",
        false,
        "observer (ASN)",
    ),
    (
        "delegate.eos@comity.example",
        "Mona Farouk",
        false,
        "delegate of EOS (a P-member) in ARSO/TC 70",
    ),
    (
        "observer.tc71@comity.example",
        "Kwame Mensah",
        false,
        "observer of ARSO/TC 71 (GSA)",
    ),
    (
        "officer.imanor@comity.example",
        "Khadija Benali",
        false,
        "member-body officer of IMANOR",
    ),
    (
        "officer.son@comity.example",
        "Chinedu Okafor",
        false,
        "member-body officer of SON",
    ),
    (
        "officer.eos@comity.example",
        "Ahmed Mansour",
        false,
        "member-body officer of EOS",
    ),
    (
        "officer.asn@comity.example",
        "Aminata Diallo",
        false,
        "member-body officer of ASN",
    ),
];

/// Committees' time zones: ARSO's secretariat works from Nairobi, SMIIC's from Istanbul.
const TIME_ZONES: &[(&str, &str)] = &[("ARSO", "Africa/Nairobi"), ("SMIIC", "Europe/Istanbul")];

/// How the bodies name their drafts (the others keep ISO's names).
const DRAFT_NAMES: &[(&str, &str)] = &[("ARSO", "WD,CD,DARS,FDARS"), ("SMIIC", "WD,CD,DS,FDS")];

/// (committee reference, [(member body, status)]).
const MEMBERSHIPS: &[(&str, &[(&str, &str)])] = &[
    (
        "ARSO/TC 70",
        &[
            ("IMANOR", "P"),
            ("KEBS", "P"),
            ("SON", "P"),
            ("EOS", "P"),
            ("ASN", "P"),
            ("GSA", "O"),
            ("TBS", "O"),
        ],
    ),
    ("ARSO/TC 71", &[("EOS", "P"), ("SABS", "P"), ("KEBS", "O")]),
    (
        "SMIIC/TC 1",
        &[
            ("TSE", "P"),
            ("JSMO", "P"),
            ("SASO", "P"),
            ("DSM", "P"),
            ("IMANOR", "P"),
            ("BSTI", "O"),
        ],
    ),
];

/// (person, member body, role) in member bodies.
const MEMBER_BODY_ROLES: &[(&str, &str, &str)] = &[
    ("manager@comity.example", "IMANOR", "expert"),
    ("officer.kebs@comity.example", "KEBS", "officer"),
    ("delegate.kebs@comity.example", "KEBS", "expert"),
    ("officer.tse@comity.example", "TSE", "officer"),
    ("observer@comity.example", "ASN", "expert"),
    ("delegate.eos@comity.example", "EOS", "expert"),
    ("observer.tc71@comity.example", "GSA", "expert"),
    ("officer.imanor@comity.example", "IMANOR", "officer"),
    ("officer.son@comity.example", "SON", "officer"),
    ("officer.eos@comity.example", "EOS", "officer"),
    ("officer.asn@comity.example", "ASN", "officer"),
];

/// (person, committee, role, nominating member body for delegates).
const COMMITTEE_ROLES: &[(&str, &str, &str, Option<&str>)] = &[
    (
        "manager@comity.example",
        "ARSO/TC 70",
        "committee_manager",
        None,
    ),
    ("chair@comity.example", "ARSO/TC 70", "chair", None),
    (
        "convenor@comity.example",
        "ARSO/TC 70/WG 1",
        "convenor",
        None,
    ),
    ("observer@comity.example", "ARSO/TC 70", "observer", None),
    (
        "delegate.eos@comity.example",
        "ARSO/TC 70",
        "delegate",
        Some("EOS"),
    ),
    (
        "observer.tc71@comity.example",
        "ARSO/TC 71",
        "observer",
        None,
    ),
    (
        "officer.tse@comity.example",
        "SMIIC/TC 1",
        "delegate",
        Some("TSE"),
    ),
];

/// Loads the demo data unless it is already there. Returns whether it loaded anything.
pub async fn load(state: &AppState) -> AppResult<bool> {
    let present: Option<String> =
        sqlx::query_scalar("SELECT id FROM bodies WHERE acronym = 'ARSO'")
            .fetch_optional(&state.pool)
            .await?;
    if present.is_some() {
        return Ok(false);
    }
    // One hash for every demo account: they share a password, and hashing nine times would
    // only slow down the first start.
    let hash = password::hash(DEMO_PASSWORD.to_string()).await?;
    let now = now_ms();
    let mut tx = db::begin_write(&state.pool).await?;
    let mut body_ids = std::collections::HashMap::new();
    for (acronym, en, fr, ar) in BODIES {
        let id = new_id();
        db::bodies::insert_body(&mut *tx, &id, acronym, (en, *fr, *ar), now).await?;
        body_ids.insert(*acronym, id);
    }
    for (acronym, names) in DRAFT_NAMES {
        db::bodies::set_draft_names(&mut *tx, &body_ids[acronym], names).await?;
    }
    let mut member_ids = std::collections::HashMap::new();
    for (code, name, country, memberships) in MEMBER_BODIES {
        let id = new_id();
        db::bodies::insert_member_body(&mut *tx, &id, code, name, country, now).await?;
        for (body, category) in *memberships {
            db::bodies::insert_body_member(&mut *tx, &body_ids[body], &id, category, now).await?;
        }
        member_ids.insert(*code, id);
    }
    // (reference) -> (id, sort key)
    let mut committee_ids: std::collections::HashMap<String, (String, String)> =
        std::collections::HashMap::new();
    for (body, parent_ref, kind, number, en, fr, ar, secretariat) in COMMITTEES {
        let parent_ref = (!parent_ref.is_empty()).then_some(*parent_ref);
        let parent = parent_ref.map(|r| committee_ids[r].clone());
        let reference = committees::reference(body, parent_ref, kind, *number);
        let sort_key =
            committees::sort_key(parent.as_ref().map(|(_, k)| k.as_str()), kind, *number);
        let id = new_id();
        db::bodies::insert_committee(
            &mut *tx,
            &db::bodies::NewCommittee {
                id: &id,
                body_id: &body_ids[body],
                parent_id: parent.as_ref().map(|(id, _)| id.as_str()),
                kind,
                number: *number,
                reference: &reference,
                sort_key: &sort_key,
                titles: (en, *fr, *ar),
                scope: SCOPES
                    .iter()
                    .find(|(r, _)| *r == reference)
                    .map(|(_, s)| *s),
                secretariat_id: Some(&member_ids[secretariat]),
                now_ms: now,
            },
        )
        .await?;
        committee_ids.insert(reference, (id, sort_key));
    }
    let mut user_ids = std::collections::HashMap::new();
    for (email, name, admin, _) in DEMO_USERS {
        let id = new_id();
        let user = db::users::NewUser {
            id: &id,
            email,
            name,
            password_hash: Some(&hash),
            is_portal_admin: *admin,
            now_ms: now,
        };
        db::users::insert(&mut *tx, &user).await?;
        user_ids.insert(*email, id);
    }
    for (reference, members) in MEMBERSHIPS {
        for (code, status) in *members {
            let committee = &committee_ids[*reference].0;
            db::committees::upsert_membership(&mut *tx, committee, &member_ids[code], status, now)
                .await?;
        }
    }
    let user = |email: &str| user_ids[email].clone();
    db::committees::insert_body_admin(
        &mut *tx,
        &body_ids["ARSO"],
        &user("arso.admin@comity.example"),
        now,
    )
    .await?;
    for (email, member_body, role) in MEMBER_BODY_ROLES {
        db::committees::insert_member_body_role(
            &mut *tx,
            &member_ids[member_body],
            &user(email),
            role,
            now,
        )
        .await?;
    }
    for (email, reference, role, member_body) in COMMITTEE_ROLES {
        let member_body = member_body.map(|code| member_ids[code].as_str());
        db::committees::insert_role(
            &mut *tx,
            &committee_ids[*reference].0,
            &user(email),
            role,
            member_body,
            now,
        )
        .await?;
    }
    for (acronym, zone) in TIME_ZONES {
        db::committees::set_time_zone_of_body(&mut *tx, &body_ids[acronym], zone).await?;
    }
    tx.commit().await?;
    load_work(state).await?;
    Ok(true)
}

/// SMIIC/TC 1's work programme and register, made through the same operations the pages use
/// (so the stage history and the search index are real). In SMIIC, so that ARSO's numbering
/// starts empty for whoever tries the portal (and for the tests).
async fn load_work(state: &AppState) -> AppResult<()> {
    use super::{
        documents::{self, NewDocumentInput, Upload},
        files, projects,
    };
    use crate::model::{ProjectInput, StageMoveInput};
    let admin = db::users::find_by_email(&state.pool, "admin@comity.example")
        .await?
        .map(|u| u.into_view());
    let admin = admin.as_ref();
    let committee = db::committees::committee_id_by_reference(&state.pool, "SMIIC/TC 1")
        .await?
        .ok_or(crate::error::AppError::Internal)?;
    let revision = projects::create(
        state,
        admin,
        &committee,
        &ProjectInput {
            reference: Some("OIC/SMIIC 1".into()),
            title: "General requirements for halal food (revision)".into(),
            title_fr: Some("Exigences générales relatives aux aliments halal (révision)".into()),
            title_ar: Some("المتطلبات العامة للأغذية الحلال (مراجعة)".into()),
            stage: Some("30.99".into()),
            target_date: Some("2027-09-30".into()),
        },
    )
    .await?;
    for (stage, reason) in [
        (
            "40.00",
            "CD comments resolved at the Istanbul meeting (Resolution 4/2026)",
        ),
        ("40.20", "DS circulated for the 12-week enquiry"),
    ] {
        let input = StageMoveInput {
            stage: stage.into(),
            reason: Some(reason.into()),
            target_date: None,
        };
        projects::move_stage(state, admin, &revision.id, &input).await?;
    }
    projects::create(
        state,
        admin,
        &committee,
        &ProjectInput {
            reference: Some("OIC/SMIIC 52".into()),
            title: "Halal supply chain — Transport and storage".into(),
            title_fr: Some("Chaîne d’approvisionnement halal — Transport et stockage".into()),
            title_ar: Some("سلسلة الإمداد الحلال — النقل والتخزين".into()),
            stage: Some("20.20".into()),
            target_date: Some("2028-03-31".into()),
        },
    )
    .await?;
    // (title, file name, kind, status, project, text)
    type DemoDocument<'a> = (&'a str, &'a str, &'a str, &'a str, Option<&'a str>, &'a str);
    let documents: [DemoDocument; 3] = [
        (
            "Agenda of the 14th meeting, Istanbul",
            "SMIIC TC1 agenda 14th meeting.txt",
            "agenda",
            "published",
            None,
            "1. Opening\n2. Adoption of the agenda\n3. Enquiry on OIC/SMIIC 1 (revision)\n4. New work item: halal transport and storage\n",
        ),
        (
            "OIC/SMIIC 1 — General requirements for halal food (DS for enquiry)",
            "DS OIC-SMIIC 1 enquiry.txt",
            "enquiry_draft",
            "published",
            Some(revision.id.as_str()),
            "Scope: this standard defines the basic requirements to be followed at any stage of the food chain, including slaughtering, processing, storage and transport of halal food.\n",
        ),
        (
            "Compiled comments on the CD of OIC/SMIIC 1",
            "CD OIC-SMIIC 1 compiled comments.txt",
            "compiled_comments",
            "draft",
            Some(revision.id.as_str()),
            "MB\tLine\tClause\tType\tComment\tProposed change\nTSE\t12\t4.2\tte\tClarify stunning conditions\tAdd reference to annex B\n",
        ),
    ];
    let mut enquiry_draft = None;
    for (title, name, kind, status, project, text) in documents {
        let stream = futures_util::stream::iter([Ok::<_, std::convert::Infallible>(
            axum::body::Bytes::from(text.to_string()),
        )]);
        let file = files::spool(stream, u64::MAX, |_| false).await?;
        let registered = documents::register(
            state,
            admin,
            &committee,
            NewDocumentInput {
                title: title.into(),
                // The enquiry draft's title in the body's other languages; the other two
                // show in English, marked as such, to French and Arabic readers.
                title_fr: (kind == "enquiry_draft").then(|| {
                    "OIC/SMIIC 1 — Exigences générales relatives aux aliments halal (DS pour enquête)"
                        .into()
                }),
                title_ar: (kind == "enquiry_draft")
                    .then(|| "OIC/SMIIC 1 — المتطلبات العامة للأغذية الحلال (مشروع للاستقصاء)".into()),
                kind: kind.into(),
                project_id: project.map(String::from),
                status: Some(status.into()),
                public: false,
            },
            Some(Upload {
                file,
                file_name: name.into(),
            }),
        )
        .await?;
        if kind == "enquiry_draft" {
            enquiry_draft = Some(registered.document.id);
        }
    }
    // The DS enquiry on it, open for 12 weeks from the first start: TSE's officer finds it
    // among the ballots needing a vote.
    super::ballots::create(
        state,
        admin,
        &committee,
        &crate::model::BallotInput {
            kind: "DIS".into(),
            title: "Enquiry on OIC/SMIIC 1 (revision)".into(),
            question:
                "Do you approve the draft OIC/SMIIC 1 (revision) for publication as a standard?"
                    .into(),
            document_id: enquiry_draft,
            opens_at: None,
            closes_at: super::time::input_value(
                super::now_ms() + 12 * crate::domain::ballots::WEEK_MS,
                "Europe/Istanbul",
            ),
        },
    )
    .await?;
    Ok(())
}
