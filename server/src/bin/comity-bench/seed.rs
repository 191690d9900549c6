//! The benchmark's dataset: three bodies, their member bodies, committees, documents with
//! small files, ballots with votes, comments and meetings, made from a seed so that two runs
//! with the same seed and scale load the same rows (times are relative to the day of the run).
//! Rows go in through `db::bulk`, one multi-row INSERT per chunk, in one transaction per table.

use std::time::Instant;

use app::domain::{
    ballots::{decide, BallotKind, Position, RuleProfile, Vote, Voter},
    comments::clause_sort_key,
    committees::{reference, sort_key},
    meetings::AgendaItem,
};
use app::server::db::{
    self,
    bulk::{self, Value},
};
use sha2::{Digest, Sha256};
use sqlx::AnyPool;

/// How many of each thing; `Scale::full()` is the dataset.
#[derive(Clone, Copy, Debug)]
pub struct Scale {
    pub member_bodies: usize,
    pub committees_per_body: usize,
    pub documents: usize,
    pub ballots: usize,
    pub votes: usize,
    pub comments: usize,
    pub meetings: usize,
    /// Comments on the one document whose export is timed.
    pub export_comments: usize,
    /// Member bodies (with officers and API tokens) voting in the vote-load ballot.
    pub load_voters: usize,
}

impl Scale {
    pub fn full() -> Scale {
        Scale {
            member_bodies: 150,
            committees_per_body: 100,
            documents: 20_000,
            ballots: 1_000,
            votes: 60_000,
            comments: 200_000,
            meetings: 2_000,
            export_comments: 10_000,
            load_voters: 1_000,
        }
    }

    /// The full dataset times `f` (at least a few of each), for quick trials.
    pub fn times(f: f64) -> Scale {
        let s = Scale::full();
        let m = |n: usize, min: usize| ((n as f64 * f).round() as usize).max(min);
        Scale {
            member_bodies: m(s.member_bodies, 12),
            committees_per_body: m(s.committees_per_body, 4),
            documents: m(s.documents, 40),
            ballots: m(s.ballots, 8),
            votes: m(s.votes, 40),
            comments: m(s.comments, 200),
            meetings: m(s.meetings, 8),
            export_comments: m(s.export_comments, 50),
            load_voters: m(s.load_voters, 10),
        }
    }
}

/// What the load runs need to know about the loaded data.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Targets {
    pub password: String,
    pub admin_email: String,
    pub manager_email: String,
    /// The committee whose pages are measured (the biggest).
    pub committee_id: String,
    pub committee_reference: String,
    pub closed_ballot_id: String,
    pub closed_ballot_title: String,
    /// The draft with `export_comments` comments.
    pub comments_document_id: String,
    pub comments_document_reference: String,
    /// The open ballot for the vote load, its voters' member body codes and API tokens.
    pub vote_ballot_id: String,
    pub voters: Vec<(String, String)>,
    /// Words of the documents' texts, commonest first, for search queries.
    pub search_words: Vec<String>,
    /// Rows loaded, by table.
    pub rows: Vec<(String, usize)>,
}

pub const PASSWORD: &str = "comity-bench-2026";

/// A small, fast, seeded generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo).max(1) as u64)) as i64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    /// Skewed towards the start of the list (common words are common).
    pub fn pick_skewed<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let a = self.below(items.len());
        let b = self.below(a + 1);
        &items[b]
    }
    /// A UUID-shaped id.
    pub fn id(&mut self) -> String {
        let (a, b) = (self.next(), self.next());
        format!(
            "{:08x}-{:04x}-7{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            (b >> 48) | 0x8000,
            b & 0xffff_ffff_ffff
        )
    }
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

const WORDS: &[&str] = &[
    "requirements",
    "food",
    "halal",
    "quality",
    "management",
    "system",
    "safety",
    "testing",
    "methods",
    "water",
    "energy",
    "solar",
    "cement",
    "concrete",
    "steel",
    "textile",
    "leather",
    "cocoa",
    "coffee",
    "tea",
    "honey",
    "dairy",
    "milk",
    "meat",
    "poultry",
    "fish",
    "cereals",
    "maize",
    "rice",
    "wheat",
    "cassava",
    "sorghum",
    "labelling",
    "packaging",
    "hygiene",
    "laboratory",
    "sampling",
    "analysis",
    "determination",
    "moisture",
    "content",
    "ash",
    "protein",
    "fat",
    "microbiological",
    "contaminants",
    "pesticide",
    "residues",
    "limits",
    "cosmetics",
    "tourism",
    "services",
    "conformity",
    "assessment",
    "certification",
    "audit",
    "terminology",
    "vocabulary",
    "specification",
    "guidelines",
    "code",
    "practice",
    "electrical",
    "appliances",
    "cables",
    "lighting",
    "batteries",
    "vehicles",
    "tyres",
    "fuel",
    "petroleum",
    "lubricants",
    "gas",
    "cylinders",
    "plastics",
    "pipes",
    "fittings",
    "timber",
    "furniture",
    "paper",
    "printing",
    "information",
    "technology",
    "security",
    "privacy",
    "data",
    "records",
    "archives",
    "health",
    "medical",
    "devices",
    "pharmaceutical",
    "herbal",
    "traditional",
    "medicine",
    "environment",
    "waste",
    "recycling",
    "emissions",
    "climate",
    "adaptation",
    "biodiversity",
    "soil",
    "fertilizers",
    "irrigation",
    "building",
    "construction",
    "roads",
    "bridges",
    "transport",
    "logistics",
    "trade",
    "finance",
    "islamic",
    "banking",
    "slaughter",
    "abattoir",
    "traceability",
    "verification",
    "calibration",
    "metrology",
    "measurement",
    "uncertainty",
    "statistics",
    "accreditation",
    "exigences",
    "qualité",
    "sécurité",
    "méthodes",
    "essai",
    "alimentaire",
    "emballage",
    "étiquetage",
    "hygiène",
    "eau",
    "énergie",
    "environnement",
    "santé",
    "services",
    "متطلبات",
    "الجودة",
    "السلامة",
    "الأغذية",
    "الحلال",
    "طرق",
    "الاختبار",
    "المياه",
    "الطاقة",
    "البيئة",
    "الصحة",
    "التغليف",
    "الوسم",
    "المطابقة",
    "الشهادة",
];

const TOPICS: &[&str] = &[
    "Food products",
    "Halal food",
    "Quality management",
    "Water quality",
    "Solar energy",
    "Cement and lime",
    "Textiles",
    "Leather",
    "Cocoa and coffee",
    "Dairy products",
    "Cereals and pulses",
    "Cosmetics",
    "Tourism services",
    "Conformity assessment",
    "Electrotechnology",
    "Petroleum products",
    "Plastics",
    "Timber",
    "Information security",
    "Medical devices",
    "Traditional medicine",
    "Environmental management",
    "Fertilizers",
    "Building construction",
    "Road transport",
    "Islamic finance",
    "Metrology",
    "Packaging",
];

const COUNTRIES: &str =
    "DZ AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS \
LR LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW AF AL AZ BH BD BN \
TR IR IQ JO KZ KW KG LB MY MV OM PK PS QA SA SY TJ TM AE UZ YE ID SR GY BE FR CH LU MC CA HT RO MD \
AM BG GE GR CY AD LA KH VN TH CU DO DM LC VU AT BA CZ HU HR LT LV ME MK PL RS SK SI UA EE FI SE NO \
DK IS IE GB PT ES IT MT DE NL AR BO BR CL CO EC MX PE PY UY VE BY AU NZ JP KR CN IN LK NP MN SG PH";

fn sentence(rng: &mut Rng, min: usize, max: usize) -> String {
    let n = min + rng.below(max - min + 1);
    let mut words: Vec<&str> = Vec::with_capacity(n);
    for _ in 0..n {
        words.push(*rng.pick_skewed(WORDS));
    }
    let mut s = words.join(" ");
    if let Some(first) = s.get(..1) {
        let upper = first.to_uppercase();
        s.replace_range(..1, &upper);
    }
    s
}

fn title(rng: &mut Rng) -> String {
    format!(
        "{} — {}",
        rng.pick(TOPICS),
        sentence(rng, 3, 7).to_lowercase()
    )
}

/// Rows of one table, buffered and written in chunks into the load's transaction.
struct Table<'a> {
    name: &'static str,
    columns: &'a [&'a str],
    rows: Vec<Vec<Value>>,
    count: usize,
}

type Tx = sqlx::Transaction<'static, sqlx::Any>;

impl<'a> Table<'a> {
    fn new(name: &'static str, columns: &'a [&'a str]) -> Table<'a> {
        Table {
            name,
            columns,
            rows: Vec::new(),
            count: 0,
        }
    }
    fn push(&mut self, row: Vec<Value>) {
        self.rows.push(row);
    }
    async fn flush(&mut self, tx: &mut Tx) -> anyhow::Result<()> {
        bulk::insert(tx, self.name, self.columns, &self.rows).await?;
        self.count += self.rows.len();
        self.rows.clear();
        Ok(())
    }
    async fn done(mut self, tx: &mut Tx, progress: &mut Progress) -> anyhow::Result<usize> {
        self.flush(tx).await?;
        progress.table(self.name, self.count);
        Ok(self.count)
    }
}

/// Writes a whole table's rows at once.
async fn write(
    tx: &mut Tx,
    progress: &mut Progress,
    name: &'static str,
    columns: &[&str],
    rows: Vec<Vec<Value>>,
) -> anyhow::Result<()> {
    let mut t = Table::new(name, columns);
    t.rows = rows;
    t.done(tx, progress).await?;
    Ok(())
}

/// Writes the buffered rows of related tables, parents first, once one of them holds many.
async fn flush_full(tx: &mut Tx, tables: &mut [&mut Table<'_>]) -> anyhow::Result<()> {
    if tables.iter().any(|t| t.rows.len() >= 5_000) {
        for t in tables.iter_mut() {
            t.flush(tx).await?;
        }
    }
    Ok(())
}

struct Progress {
    started: Instant,
    rows: Vec<(String, usize)>,
}

impl Progress {
    fn table(&mut self, name: &str, count: usize) {
        eprintln!(
            "  {:>8.1} s  {name:<22} {count:>8} rows",
            self.started.elapsed().as_secs_f64()
        );
        match self.rows.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += count,
            None => self.rows.push((name.to_string(), count)),
        }
    }
}

struct Body {
    id: String,
    acronym: &'static str,
    time_zone: &'static str,
    locale: &'static str,
    /// Indexes into the member bodies.
    members: Vec<usize>,
}

struct MemberBody {
    id: String,
    code: String,
    officer: String,
    experts: Vec<String>,
}

struct Committee {
    id: String,
    reference: String,
    body: usize,
    manager: String,
    /// (member body index, "P" or "O")
    members: Vec<(usize, &'static str)>,
    /// (document id, kind, reference) of its drafts.
    drafts: Vec<(String, &'static str, String)>,
    documents: usize,
}

const DAY: i64 = 86_400_000;

/// Loads the dataset into an empty, migrated database.
pub async fn load(pool: &AnyPool, seed: u64, scale: Scale) -> anyhow::Result<Targets> {
    let mut rng = Rng::new(seed);
    let now = app::server::now_ms();
    let mut progress = Progress {
        started: Instant::now(),
        rows: Vec::new(),
    };
    let password_hash = app::server::password::hash(PASSWORD.to_string())
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    // One transaction per phase; the search table is rebuilt from committed texts.
    let mut tx = pool.begin().await?;

    // Bodies and member bodies.
    let body_specs: [(&str, &str, &str, &str, &str, &str); 3] = [
        (
            "ARSO",
            "African Organisation for Standardisation",
            "Organisation africaine de normalisation",
            "WD,CD,DARS,FDARS",
            "Africa/Nairobi",
            "en",
        ),
        (
            "SMIIC",
            "Standards and Metrology Institute for the Islamic Countries",
            "Institut de normalisation et de métrologie des pays islamiques",
            "WD,CD,DIS,FDIS",
            "Europe/Istanbul",
            "ar",
        ),
        (
            "RNF",
            "Réseau normalisation et francophonie",
            "Réseau normalisation et francophonie",
            "WD,CD,DIS,FDIS",
            "Europe/Paris",
            "fr",
        ),
    ];
    let countries: Vec<&str> = COUNTRIES.split_whitespace().collect();
    let n_mb = scale.member_bodies.min(countries.len());
    let member_bodies: Vec<MemberBody> = (0..n_mb)
        .map(|i| MemberBody {
            id: rng.id(),
            code: format!("{}SB", countries[i]),
            officer: rng.id(),
            experts: (0..4).map(|_| rng.id()).collect(),
        })
        .collect();
    let third = n_mb / 3;
    let bodies: Vec<Body> = body_specs
        .iter()
        .enumerate()
        .map(|(b, spec)| Body {
            id: rng.id(),
            acronym: spec.0,
            time_zone: spec.4,
            locale: spec.5,
            // Two thirds of the member bodies each, overlapping.
            members: (0..n_mb)
                .filter(|i| (i / third.max(1)) % 3 != (b + 2) % 3)
                .collect(),
        })
        .collect();

    let mut t = Table::new(
        "bodies",
        &[
            "id",
            "acronym",
            "name_en",
            "name_fr",
            "name_ar",
            "draft_names",
            "created_at",
        ],
    );
    for (body, spec) in bodies.iter().zip(body_specs.iter()) {
        t.push(vec![
            body.id.clone().into(),
            spec.0.into(),
            spec.1.into(),
            spec.2.into(),
            Value::Null,
            spec.3.into(),
            (now - 3000 * DAY).into(),
        ]);
    }
    t.done(&mut tx, &mut progress).await?;

    let mut t = Table::new(
        "member_bodies",
        &["id", "code", "name", "country", "created_at"],
    );
    for (i, mb) in member_bodies.iter().enumerate() {
        t.push(vec![
            mb.id.clone().into(),
            mb.code.clone().into(),
            format!("National Standards Body of {}", countries[i]).into(),
            countries[i].into(),
            (now - 3000 * DAY).into(),
        ]);
    }
    t.done(&mut tx, &mut progress).await?;

    let mut t = Table::new(
        "body_members",
        &["body_id", "member_body_id", "category", "since"],
    );
    for body in &bodies {
        for &m in &body.members {
            let category = if rng.chance(0.1) {
                "affiliate"
            } else {
                "member"
            };
            t.push(vec![
                body.id.clone().into(),
                member_bodies[m].id.clone().into(),
                category.into(),
                (now - 2000 * DAY).into(),
            ]);
        }
    }
    t.done(&mut tx, &mut progress).await?;

    // People: the portal administrator, one administrator per body, each member body's
    // officer and four experts; committee managers below.
    let admin_id = rng.id();
    let user_columns = [
        "id",
        "email",
        "name",
        "password_hash",
        "is_portal_admin",
        "locale",
        "member_body_id",
        "created_at",
    ];
    let mut users = Table::new("users", &user_columns);
    users.push(vec![
        admin_id.clone().into(),
        "admin@bench.example".into(),
        "Portal Administrator".into(),
        password_hash.clone().into(),
        1.into(),
        Value::Null,
        Value::Null,
        (now - 3000 * DAY).into(),
    ]);
    let mut body_admins = Vec::new();
    for body in &bodies {
        let id = rng.id();
        users.push(vec![
            id.clone().into(),
            format!("admin.{}@bench.example", body.acronym.to_lowercase()).into(),
            format!("{} Central Secretariat", body.acronym).into(),
            password_hash.clone().into(),
            0.into(),
            body.locale.into(),
            Value::Null,
            (now - 3000 * DAY).into(),
        ]);
        body_admins.push((body.id.clone(), id));
    }
    let locales = ["en", "fr", "ar"];
    for mb in &member_bodies {
        let code = mb.code.to_lowercase();
        let locale = *rng.pick(&locales);
        users.push(vec![
            mb.officer.clone().into(),
            format!("officer.{code}@bench.example").into(),
            format!("Officer of {}", mb.code).into(),
            password_hash.clone().into(),
            0.into(),
            locale.into(),
            mb.id.clone().into(),
            (now - 2500 * DAY).into(),
        ]);
        for (k, e) in mb.experts.iter().enumerate() {
            users.push(vec![
                e.clone().into(),
                format!("expert{k}.{code}@bench.example").into(),
                format!("Expert {} of {}", k + 1, mb.code).into(),
                password_hash.clone().into(),
                0.into(),
                locale.into(),
                mb.id.clone().into(),
                (now - 2500 * DAY).into(),
            ]);
        }
    }

    // Committees: per body a third TCs … no: mostly TCs, some SCs and WGs under the first TCs.
    let mut committees: Vec<Committee> = Vec::new();
    let mut committee_rows: Vec<Vec<Value>> = Vec::new();
    let mut managers = Vec::new();
    for (b, body) in bodies.iter().enumerate() {
        let n = scale.committees_per_body;
        let tcs = (n * 6 / 10).max(1);
        let mut tc_refs: Vec<(String, String, String)> = Vec::new(); // id, reference, sort key
        for i in 0..n {
            let (kind, number, parent) = if i < tcs {
                ("TC", i as i64 + 1, None)
            } else if i < tcs + (n - tcs) * 3 / 4 {
                let j = i - tcs;
                (
                    "SC",
                    (j % 2) as i64 + 1,
                    Some(&tc_refs[(j / 2) % tc_refs.len()]),
                )
            } else {
                let j = i - tcs;
                ("WG", (j % 5) as i64 + 1, Some(&tc_refs[j % tc_refs.len()]))
            };
            let id = rng.id();
            let r = reference(body.acronym, parent.map(|p| p.1.as_str()), kind, number);
            let key = sort_key(parent.map(|p| p.2.as_str()), kind, number);
            if committees.iter().any(|c| c.reference == r) {
                continue;
            }
            // Between 45 and 95 members (the first committee, whose pages are measured, the most).
            let mut pool_members = body.members.clone();
            rng.shuffle(&mut pool_members);
            let size = if committees.is_empty() {
                95
            } else {
                45 + rng.below(51)
            };
            let members: Vec<(usize, &str)> = pool_members
                .into_iter()
                .take(size)
                .map(|m| (m, if rng.chance(0.75) { "P" } else { "O" }))
                .collect();
            let secretariat = members[0].0;
            let manager = rng.id();
            managers.push((manager.clone(), committees.len(), secretariat));
            committee_rows.push(vec![
                id.clone().into(),
                body.id.clone().into(),
                parent.map(|p| p.0.clone()).into(),
                kind.into(),
                number.into(),
                r.clone().into(),
                key.clone().into(),
                title(&mut rng).into(),
                Value::Null,
                Value::Null,
                sentence(&mut rng, 12, 30).into(),
                member_bodies[secretariat].id.clone().into(),
                body.time_zone.into(),
                (now - 2800 * DAY).into(),
            ]);
            if kind == "TC" {
                tc_refs.push((id.clone(), r.clone(), key));
            }
            committees.push(Committee {
                id,
                reference: r,
                body: b,
                manager,
                members,
                drafts: Vec::new(),
                documents: 0,
            });
        }
    }
    for (manager, c, secretariat) in &managers {
        let committee = &committees[*c];
        let email = format!(
            "manager.{}@bench.example",
            committee.reference.to_lowercase().replace(['/', ' '], "-")
        );
        users.push(vec![
            manager.clone().into(),
            email.into(),
            format!("Manager of {}", committee.reference).into(),
            password_hash.clone().into(),
            0.into(),
            bodies[committee.body].locale.into(),
            member_bodies[*secretariat].id.clone().into(),
            (now - 2800 * DAY).into(),
        ]);
    }
    users.done(&mut tx, &mut progress).await?;

    let mut t = Table::new("body_admins", &["body_id", "user_id", "since"]);
    for (body, user) in &body_admins {
        t.push(vec![body.into(), user.into(), (now - 3000 * DAY).into()]);
    }
    t.done(&mut tx, &mut progress).await?;

    let mut t = Table::new(
        "member_body_roles",
        &["member_body_id", "user_id", "role", "since"],
    );
    for mb in &member_bodies {
        t.push(vec![
            mb.id.clone().into(),
            mb.officer.clone().into(),
            "officer".into(),
            (now - 2500 * DAY).into(),
        ]);
        for e in &mb.experts {
            t.push(vec![
                mb.id.clone().into(),
                e.clone().into(),
                "expert".into(),
                (now - 2500 * DAY).into(),
            ]);
        }
    }
    t.done(&mut tx, &mut progress).await?;

    write(
        &mut tx,
        &mut progress,
        "committees",
        &[
            "id",
            "body_id",
            "parent_id",
            "kind",
            "number",
            "reference",
            "sort_key",
            "title_en",
            "title_fr",
            "title_ar",
            "scope",
            "secretariat_id",
            "time_zone",
            "created_at",
        ],
        committee_rows,
    )
    .await?;

    let mut t = Table::new(
        "committee_members",
        &["committee_id", "member_body_id", "status", "since"],
    );
    for c in &committees {
        for (m, status) in &c.members {
            t.push(vec![
                c.id.clone().into(),
                member_bodies[*m].id.clone().into(),
                (*status).into(),
                (now - 2000 * DAY).into(),
            ]);
        }
    }
    t.done(&mut tx, &mut progress).await?;

    // Roles: the manager, a chair, and delegates of a few member bodies.
    let mut t = Table::new(
        "committee_roles",
        &["committee_id", "user_id", "role", "member_body_id", "since"],
    );
    for c in &committees {
        t.push(vec![
            c.id.clone().into(),
            c.manager.clone().into(),
            "committee_manager".into(),
            Value::Null,
            (now - 2000 * DAY).into(),
        ]);
        let chair = &member_bodies[c.members[1 % c.members.len()].0];
        t.push(vec![
            c.id.clone().into(),
            chair.experts[0].clone().into(),
            "chair".into(),
            Value::Null,
            (now - 2000 * DAY).into(),
        ]);
        for (m, _) in c.members.iter().skip(2).take(12) {
            let mb = &member_bodies[*m];
            t.push(vec![
                c.id.clone().into(),
                mb.experts[1].clone().into(),
                "delegate".into(),
                mb.id.clone().into(),
                (now - 1500 * DAY).into(),
            ]);
        }
    }
    t.done(&mut tx, &mut progress).await?;

    // Documents with their files: the first committee a tenth, the others the rest evenly.
    let first_share = scale.documents / 10;
    let rest = scale.documents - first_share;
    let others = committees.len().saturating_sub(1).max(1);
    let kinds: [(&str, u32); 10] = [
        ("working_draft", 15),
        ("committee_draft", 15),
        ("enquiry_draft", 8),
        ("final_draft", 4),
        ("agenda", 10),
        ("minutes", 10),
        ("resolutions", 5),
        ("report", 10),
        ("compiled_comments", 8),
        ("other", 15),
    ];
    let kind_of = |rng: &mut Rng| {
        let mut x = rng.below(100) as u32;
        for (k, w) in kinds {
            if x < w {
                return k;
            }
            x -= w;
        }
        "other"
    };
    let mut documents = Table::new(
        "documents",
        &[
            "id",
            "committee_id",
            "number",
            "reference",
            "title",
            "title_fr",
            "title_ar",
            "kind",
            "status",
            "is_public",
            "version_count",
            "created_by",
            "created_at",
            "updated_at",
        ],
    );
    let mut blobs = Vec::new();
    let mut texts = Vec::new();
    let mut versions = Vec::new();
    for (ci, c) in committees.iter_mut().enumerate() {
        let n = if ci == 0 {
            first_share
        } else {
            rest / others + usize::from(ci - 1 < rest % others)
        };
        let span = 2600 * DAY;
        for number in 1..=n as i64 {
            let id = rng.id();
            let kind = kind_of(&mut rng);
            let r = format!("{} N {number}", c.reference);
            let doc_title = title(&mut rng);
            let at = now - span + span * number / (n as i64 + 1);
            let status = if rng.chance(0.1) {
                "draft"
            } else {
                "published"
            };
            let translated = rng.chance(0.3);
            documents.push(vec![
                id.clone().into(),
                c.id.clone().into(),
                number.into(),
                r.clone().into(),
                doc_title.clone().into(),
                translated.then(|| format!("{doc_title} (fr)")).into(),
                translated.then(|| format!("{doc_title} (ar)")).into(),
                kind.into(),
                status.into(),
                i64::from(rng.chance(0.05)).into(),
                1.into(),
                c.manager.clone().into(),
                at.into(),
                at.into(),
            ]);
            if matches!(
                kind,
                "working_draft" | "committee_draft" | "enquiry_draft" | "final_draft"
            ) && status == "published"
            {
                c.drafts.push((id.clone(), kind, r.clone()));
            }
            c.documents += 1;
            let body = format!(
                "{r}\n{doc_title}\n{}\n{}\n",
                sentence(&mut rng, 40, 90),
                sentence(&mut rng, 40, 90)
            );
            let sha = hex::encode(Sha256::digest(body.as_bytes()));
            blobs.push((sha.clone(), body.clone().into_bytes(), at));
            versions.push(vec![
                id.clone().into(),
                1.into(),
                format!("N{number}.txt").into(),
                "text/plain; charset=utf-8".into(),
                (body.len() as i64).into(),
                sha.into(),
                c.manager.clone().into(),
                at.into(),
            ]);
            texts.push(vec![id.into(), doc_title.into(), body.into()]);
        }
    }
    documents.done(&mut tx, &mut progress).await?;
    let mut t = Table::new("blobs", &["sha256", "size", "chunk_count", "created_at"]);
    for (sha, bytes, at) in &blobs {
        t.push(vec![
            sha.into(),
            (bytes.len() as i64).into(),
            1.into(),
            (*at).into(),
        ]);
    }
    t.done(&mut tx, &mut progress).await?;
    let mut t = Table::new("blob_chunks", &["sha256", "seq", "data"]);
    for (sha, bytes, _) in blobs {
        t.push(vec![sha.into(), 0.into(), Value::Bytes(bytes)]);
    }
    t.done(&mut tx, &mut progress).await?;
    write(
        &mut tx,
        &mut progress,
        "document_versions",
        &[
            "document_id",
            "version",
            "file_name",
            "content_type",
            "size",
            "sha256",
            "uploaded_by",
            "uploaded_at",
        ],
        versions,
    )
    .await?;
    write(
        &mut tx,
        &mut progress,
        "document_texts",
        &["document_id", "title", "body"],
        texts,
    )
    .await?;
    for c in &committees {
        bulk::set_counter(&mut tx, &format!("documents:{}", c.id), c.documents as i64).await?;
    }
    tx.commit().await?;
    db::search::rebuild(pool).await?;
    progress.table("document_fts (rebuilt)", 0);
    let mut tx = pool.begin().await?;

    // Ballots: the first committee a twenty-fifth, the rest spread; four in five closed.
    let mut ballots = Table::new(
        "ballots",
        &[
            "id",
            "committee_id",
            "kind",
            "title",
            "question",
            "document_id",
            "opens_at",
            "closes_at",
            "status",
            "p_members",
            "outcome",
            "created_by",
            "created_at",
            "closed_at",
        ],
    );
    struct BallotPlan {
        id: String,
        committee: usize,
        kind: BallotKind,
        opens_at: i64,
        closes_at: i64,
        closed: bool,
        document: Option<String>,
        title: String,
    }
    let mut plans: Vec<BallotPlan> = Vec::new();
    let first_ballots = (scale.ballots / 25).max(1);
    for i in 0..scale.ballots {
        let ci = if i < first_ballots {
            0
        } else {
            1 + (i - first_ballots) % others.min(committees.len() - 1).max(1)
        };
        let ci = ci.min(committees.len() - 1);
        let kind = *rng.pick(&[
            BallotKind::Cd,
            BallotKind::Cd,
            BallotKind::Cd,
            BallotKind::Dis,
            BallotKind::Dis,
            BallotKind::Fdis,
            BallotKind::Np,
            BallotKind::Np,
            BallotKind::Sr,
            BallotKind::Cib,
        ]);
        let wanted = match kind {
            BallotKind::Cd => Some("committee_draft"),
            BallotKind::Dis => Some("enquiry_draft"),
            BallotKind::Fdis => Some("final_draft"),
            BallotKind::Np => Some("working_draft"),
            _ => None,
        };
        let c = &committees[ci];
        let document = wanted.and_then(|w| {
            let drafts: Vec<&(String, &str, String)> =
                c.drafts.iter().filter(|d| d.1 == w).collect();
            (!drafts.is_empty()).then(|| drafts[rng.below(drafts.len())].clone())
        });
        let closed = i == 0 || rng.chance(0.8);
        let closes_at = if closed {
            now - rng.range(DAY, 2400 * DAY)
        } else {
            now + rng.range(DAY, 60 * DAY)
        };
        let opens_at = closes_at - 8 * 7 * DAY;
        let title = match &document {
            Some(d) => format!("{} ballot on {}", kind.code(), d.2),
            None => format!("{} — {}", kind.code(), sentence(&mut rng, 3, 6)),
        };
        plans.push(BallotPlan {
            id: rng.id(),
            committee: ci,
            kind,
            opens_at,
            closes_at,
            closed,
            document: document.map(|d| d.0),
            title,
        });
    }
    // Votes: every (ballot, member) pair shuffled, the first `votes` of them cast.
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (b, plan) in plans.iter().enumerate() {
        for m in 0..committees[plan.committee].members.len() {
            pairs.push((b, m));
        }
    }
    rng.shuffle(&mut pairs);
    pairs.truncate(scale.votes);
    pairs.sort_unstable();
    let mut voters = Table::new(
        "ballot_voters",
        &["ballot_id", "member_body_id", "membership"],
    );
    let mut votes = Table::new(
        "ballot_votes",
        &[
            "id",
            "ballot_id",
            "member_body_id",
            "position",
            "reasons",
            "commits",
            "experts",
            "cast_by",
            "cast_at",
            "is_current",
        ],
    );
    let mut events = Table::new(
        "ballot_events",
        &["id", "ballot_id", "at", "actor_id", "kind", "detail"],
    );
    let mut next_pair = 0;
    let profile = RuleProfile::default();
    for (b, plan) in plans.iter().enumerate() {
        let c = &committees[plan.committee];
        let mut engine_votes = Vec::new();
        for (m, status) in &c.members {
            voters.push(vec![
                plan.id.clone().into(),
                member_bodies[*m].id.clone().into(),
                (*status).into(),
            ]);
        }
        events.push(vec![
            rng.id().into(),
            plan.id.clone().into(),
            plan.opens_at.into(),
            c.manager.clone().into(),
            "opened".into(),
            Value::Null,
        ]);
        while next_pair < pairs.len() && pairs[next_pair].0 == b {
            let (m, status) = c.members[pairs[next_pair].1];
            next_pair += 1;
            let mb = &member_bodies[m];
            let x = rng.below(100);
            let position = if plan.kind == BallotKind::Sr {
                match x {
                    0..=59 => Position::Confirm,
                    60..=79 => Position::Revise,
                    80..=84 => Position::Withdraw,
                    _ => Position::Abstain,
                }
            } else {
                match x {
                    0..=69 => Position::Approve,
                    70..=84 => Position::Disapprove,
                    _ => Position::Abstain,
                }
            };
            let reasons = (position == Position::Disapprove).then(|| sentence(&mut rng, 10, 30));
            let commits =
                plan.kind == BallotKind::Np && position == Position::Approve && rng.chance(0.5);
            let cast_at =
                plan.opens_at + rng.range(0, (plan.closes_at.min(now) - plan.opens_at).max(1));
            votes.push(vec![
                rng.id().into(),
                plan.id.clone().into(),
                mb.id.clone().into(),
                Position::code(position).into(),
                reasons.clone().into(),
                i64::from(commits).into(),
                commits.then(|| format!("Expert 1 of {}", mb.code)).into(),
                mb.officer.clone().into(),
                cast_at.into(),
                1.into(),
            ]);
            events.push(vec![
                rng.id().into(),
                plan.id.clone().into(),
                cast_at.into(),
                mb.officer.clone().into(),
                "vote_cast".into(),
                format!("{} {}", mb.code, Position::code(position)).into(),
            ]);
            engine_votes.push(Vote {
                member_body: mb.code.clone(),
                voter: if status == "P" { Voter::P } else { Voter::O },
                position,
                has_reasons: reasons.is_some(),
                commits,
                cast_at,
            });
        }
        let p_members = c.members.iter().filter(|(_, s)| *s == "P").count() as i64;
        let outcome = plan.closed.then(|| {
            decide(
                plan.kind,
                &profile,
                p_members as u64,
                &engine_votes,
                plan.closes_at,
            )
            .outcome
            .code()
            .to_string()
        });
        if let Some(o) = &outcome {
            events.push(vec![
                rng.id().into(),
                plan.id.clone().into(),
                plan.closes_at.into(),
                Value::Null,
                "closed".into(),
                o.clone().into(),
            ]);
        }
        ballots.push(vec![
            plan.id.clone().into(),
            c.id.clone().into(),
            plan.kind.code().into(),
            plan.title.clone().into(),
            sentence(&mut rng, 8, 16).into(),
            plan.document.clone().into(),
            plan.opens_at.into(),
            plan.closes_at.into(),
            if plan.closed { "closed" } else { "open" }.into(),
            p_members.into(),
            outcome.into(),
            c.manager.clone().into(),
            (plan.opens_at - DAY).into(),
            plan.closed.then_some(plan.closes_at).into(),
        ]);
        flush_full(
            &mut tx,
            &mut [&mut ballots, &mut voters, &mut votes, &mut events],
        )
        .await?;
    }
    ballots.done(&mut tx, &mut progress).await?;
    voters.done(&mut tx, &mut progress).await?;
    votes.done(&mut tx, &mut progress).await?;
    events.done(&mut tx, &mut progress).await?;

    // Comments: `export_comments` on one committee draft of the first committee, the rest on
    // the drafts the ballots were about, each member body's submitted with its submission.
    let export_doc = match committees[0]
        .drafts
        .iter()
        .find(|d| d.1 == "committee_draft")
    {
        Some(d) => d.clone(),
        None => committees[0]
            .drafts
            .first()
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("the first committee has no draft"))?,
    };
    let mut targets_for_comments: Vec<(String, usize, usize)> =
        vec![(export_doc.0.clone(), 0, scale.export_comments)];
    let ballot_docs: Vec<(String, usize)> = plans
        .iter()
        .filter_map(|p| p.document.clone().map(|d| (d, p.committee)))
        .filter(|(d, _)| *d != export_doc.0)
        .collect::<std::collections::BTreeMap<_, _>>()
        .into_iter()
        .collect();
    let remaining = scale.comments.saturating_sub(scale.export_comments);
    for (i, (d, c)) in ballot_docs.iter().enumerate() {
        let n = remaining / ballot_docs.len().max(1)
            + usize::from(i < remaining % ballot_docs.len().max(1));
        targets_for_comments.push((d.clone(), *c, n));
    }
    let mut comments = Table::new(
        "comments",
        &[
            "id",
            "document_id",
            "member_body_id",
            "author_id",
            "line_ref",
            "clause",
            "clause_key",
            "paragraph",
            "kind",
            "comment",
            "proposed_change",
            "observations",
            "disposition",
            "status",
            "version",
            "submission_id",
            "created_at",
            "updated_at",
        ],
    );
    let mut submissions = Table::new(
        "comment_submissions",
        &[
            "id",
            "document_id",
            "member_body_id",
            "ballot_id",
            "submitted_by",
            "submitted_at",
        ],
    );
    let mut comment_events = Table::new(
        "comment_events",
        &[
            "id",
            "document_id",
            "comment_id",
            "member_body_id",
            "actor_id",
            "action",
            "detail",
            "at",
        ],
    );
    let dispositions = ["accepted", "accepted_in_principle", "not_accepted", "noted"];
    for (doc, ci, n) in targets_for_comments {
        let c = &committees[ci];
        let ballot = plans
            .iter()
            .find(|p| p.document.as_deref() == Some(doc.as_str()))
            .map(|p| p.id.clone());
        // About 25 comments per member body, at most all members.
        let bodies_commenting = (n / 25).clamp(1, c.members.len());
        let at = now - rng.range(10 * DAY, 400 * DAY);
        for k in 0..bodies_commenting {
            let mb = &member_bodies[c.members[k].0];
            let count = n / bodies_commenting + usize::from(k < n % bodies_commenting);
            // Every tenth member body has not submitted yet (but all have on the measured draft).
            let submitted = doc == export_doc.0 || k % 10 != 9;
            let submission = submitted.then(|| rng.id());
            if let Some(s) = &submission {
                submissions.push(vec![
                    s.into(),
                    doc.clone().into(),
                    mb.id.clone().into(),
                    ballot.clone().into(),
                    mb.officer.clone().into(),
                    at.into(),
                ]);
                comment_events.push(vec![
                    rng.id().into(),
                    doc.clone().into(),
                    Value::Null,
                    mb.id.clone().into(),
                    mb.officer.clone().into(),
                    "submitted".into(),
                    count.to_string().into(),
                    at.into(),
                ]);
            }
            for j in 0..count {
                let clause = format!(
                    "{}.{}.{}",
                    1 + rng.below(9),
                    1 + rng.below(6),
                    1 + rng.below(4)
                );
                let decided = submitted && rng.chance(0.5);
                comments.push(vec![
                    rng.id().into(),
                    doc.clone().into(),
                    mb.id.clone().into(),
                    mb.experts[j % 4].clone().into(),
                    (1 + rng.below(900) as i64).to_string().into(),
                    clause.clone().into(),
                    clause_sort_key(&clause).into(),
                    "".into(),
                    (*rng.pick(&["ge", "te", "te", "ed", "ed"])).into(),
                    sentence(&mut rng, 15, 40).into(),
                    sentence(&mut rng, 8, 25).into(),
                    decided.then(|| sentence(&mut rng, 5, 15)).into(),
                    decided.then(|| rng.pick(&dispositions).to_string()).into(),
                    if submitted { "submitted" } else { "draft" }.into(),
                    1.into(),
                    submission.clone().into(),
                    (at - DAY).into(),
                    at.into(),
                ]);
            }
            flush_full(
                &mut tx,
                &mut [&mut submissions, &mut comments, &mut comment_events],
            )
            .await?;
        }
    }
    submissions.done(&mut tx, &mut progress).await?;
    comments.done(&mut tx, &mut progress).await?;
    comment_events.done(&mut tx, &mut progress).await?;

    // Meetings with draft agendas, the past ones with a published agenda.
    let mut meetings = Table::new(
        "meetings",
        &[
            "id",
            "committee_id",
            "title",
            "kind",
            "mode",
            "time_zone",
            "starts_at",
            "ends_at",
            "venue",
            "join_url",
            "host_member_body_id",
            "registration_deadline",
            "status",
            "created_by",
            "created_at",
            "updated_at",
        ],
    );
    let mut items = Table::new(
        "agenda_items",
        &[
            "id",
            "meeting_id",
            "position",
            "level",
            "title",
            "description",
            "outcome",
            "documents",
        ],
    );
    let mut versions = Table::new(
        "agenda_versions",
        &[
            "meeting_id",
            "version",
            "items",
            "items_changed",
            "published_at",
            "published_by",
        ],
    );
    for i in 0..scale.meetings {
        let ci = if i < scale.meetings / 100 {
            0
        } else {
            i % committees.len()
        };
        let c = &committees[ci];
        let id = rng.id();
        let plenary = rng.chance(0.5);
        let starts_at = now + rng.range(-1100 * DAY, 365 * DAY);
        let mode = *rng.pick(&["in_person", "virtual", "hybrid"]);
        let host = &member_bodies[c.members[rng.below(c.members.len())].0];
        meetings.push(vec![
            id.clone().into(),
            c.id.clone().into(),
            if plenary {
                format!("Plenary meeting {}", 1 + i / committees.len())
            } else {
                format!("Working meeting {}", 1 + i / committees.len())
            }
            .into(),
            if plenary { "plenary" } else { "wg" }.into(),
            mode.into(),
            bodies[c.body].time_zone.into(),
            starts_at.into(),
            (starts_at + 2 * DAY).into(),
            if mode == "virtual" {
                String::new()
            } else {
                format!("Conference centre, {}", host.code)
            }
            .into(),
            if mode == "in_person" {
                String::new()
            } else {
                "https://meet.example/room".to_string()
            }
            .into(),
            host.id.clone().into(),
            (starts_at - 14 * DAY).into(),
            if rng.chance(0.05) {
                "cancelled"
            } else {
                "scheduled"
            }
            .into(),
            c.manager.clone().into(),
            (starts_at - 120 * DAY).into(),
            (starts_at - 60 * DAY).into(),
        ]);
        let mut agenda = Vec::new();
        for position in 0..6 {
            let item = AgendaItem {
                id: rng.id(),
                level: u8::from(position % 3 == 2),
                title: sentence(&mut rng, 3, 8),
                title_fr: None,
                title_ar: None,
                description: sentence(&mut rng, 5, 15),
                outcome: rng
                    .pick(&["information", "discussion", "decision"])
                    .to_string(),
                documents: Vec::new(),
            };
            items.push(vec![
                item.id.clone().into(),
                id.clone().into(),
                (position as i64).into(),
                i64::from(item.level).into(),
                item.title.clone().into(),
                item.description.clone().into(),
                item.outcome.clone().into(),
                "".into(),
            ]);
            agenda.push(item);
        }
        if starts_at < now {
            versions.push(vec![
                id.into(),
                1.into(),
                serde_json::to_string(&agenda)?.into(),
                0.into(),
                (starts_at - 70 * DAY).into(),
                c.manager.clone().into(),
            ]);
        }
        flush_full(&mut tx, &mut [&mut meetings, &mut items, &mut versions]).await?;
    }
    meetings.done(&mut tx, &mut progress).await?;
    items.done(&mut tx, &mut progress).await?;
    versions.done(&mut tx, &mut progress).await?;

    // The vote load: a committee of `load_voters` P-members, each with an officer holding an
    // API token, and an open ballot in it.
    let load_committee = rng.id();
    let load_ballot = rng.id();
    let arso = &bodies[0];
    bulk::insert(
        &mut tx,
        "committees",
        &[
            "id",
            "body_id",
            "kind",
            "number",
            "reference",
            "sort_key",
            "title_en",
            "time_zone",
            "created_at",
        ],
        &[vec![
            load_committee.clone().into(),
            arso.id.clone().into(),
            "TC".into(),
            999.into(),
            format!("{}/TC 999", arso.acronym).into(),
            sort_key(None, "TC", 999).into(),
            "Vote load".into(),
            arso.time_zone.into(),
            now.into(),
        ]],
    )
    .await?;
    let mut mbs = Table::new(
        "member_bodies",
        &["id", "code", "name", "country", "created_at"],
    );
    let mut people = Table::new(
        "users",
        &[
            "id",
            "email",
            "name",
            "is_portal_admin",
            "member_body_id",
            "created_at",
        ],
    );
    let mut load_voters = Vec::new();
    let mut load_rows = Vec::new();
    for i in 0..scale.load_voters {
        let (mb, user) = (rng.id(), rng.id());
        let code = format!("LV{i:04}");
        let secret = format!("cmt_bench{:016x}{:016x}", rng.next(), rng.next());
        mbs.push(vec![
            mb.clone().into(),
            code.clone().into(),
            format!("Load voter {code}").into(),
            "KE".into(),
            now.into(),
        ]);
        people.push(vec![
            user.clone().into(),
            format!("{}@load.example", code.to_lowercase()).into(),
            format!("Officer {code}").into(),
            0.into(),
            mb.clone().into(),
            now.into(),
        ]);
        load_rows.push((mb, user, app::server::hash_secret(&secret)));
        load_voters.push((code, secret));
    }
    mbs.done(&mut tx, &mut progress).await?;
    people.done(&mut tx, &mut progress).await?;
    let mut roles = Table::new(
        "member_body_roles",
        &["member_body_id", "user_id", "role", "since"],
    );
    let mut tokens = Table::new(
        "api_tokens",
        &["id", "user_id", "name", "token_hash", "created_at"],
    );
    let mut members = Table::new(
        "committee_members",
        &["committee_id", "member_body_id", "status", "since"],
    );
    let mut electorate = Table::new(
        "ballot_voters",
        &["ballot_id", "member_body_id", "membership"],
    );
    bulk::insert(
        &mut tx,
        "ballots",
        &[
            "id",
            "committee_id",
            "kind",
            "title",
            "question",
            "opens_at",
            "closes_at",
            "status",
            "p_members",
            "created_by",
            "created_at",
        ],
        &[vec![
            load_ballot.clone().into(),
            load_committee.clone().into(),
            "CIB".into(),
            "Vote load ballot".into(),
            "Do you approve the resolution?".into(),
            (now - DAY).into(),
            (now + 30 * DAY).into(),
            "open".into(),
            (scale.load_voters as i64).into(),
            admin_id.clone().into(),
            (now - DAY).into(),
        ]],
    )
    .await?;
    for (mb, user, token_hash) in &load_rows {
        roles.push(vec![mb.into(), user.into(), "officer".into(), now.into()]);
        tokens.push(vec![
            rng.id().into(),
            user.into(),
            "load".into(),
            token_hash.into(),
            now.into(),
        ]);
        members.push(vec![
            load_committee.clone().into(),
            mb.into(),
            "P".into(),
            now.into(),
        ]);
        electorate.push(vec![load_ballot.clone().into(), mb.into(), "P".into()]);
    }
    roles.done(&mut tx, &mut progress).await?;
    tokens.done(&mut tx, &mut progress).await?;
    members.done(&mut tx, &mut progress).await?;
    electorate.done(&mut tx, &mut progress).await?;

    tx.commit().await?;
    bulk::analyze(pool).await?;
    progress.table("analyze", 0);

    let first = &committees[0];
    let closed = plans
        .iter()
        .find(|p| p.committee == 0 && p.closed)
        .ok_or_else(|| anyhow::anyhow!("no closed ballot"))?;
    Ok(Targets {
        password: PASSWORD.to_string(),
        admin_email: "admin@bench.example".to_string(),
        manager_email: format!(
            "manager.{}@bench.example",
            first.reference.to_lowercase().replace(['/', ' '], "-")
        ),
        committee_id: first.id.clone(),
        committee_reference: first.reference.clone(),
        closed_ballot_id: closed.id.clone(),
        closed_ballot_title: closed.title.clone(),
        comments_document_id: export_doc.0,
        comments_document_reference: export_doc.2,
        vote_ballot_id: load_ballot,
        voters: load_voters,
        search_words: WORDS.iter().map(|w| w.to_string()).collect(),
        rows: progress.rows,
    })
}
