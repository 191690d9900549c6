//! Importing filled comment templates, on SQLite and PostgreSQL: a member body's XLSX or DOCX
//! becomes draft comments only when every row is right (or the valid rows alone, when asked),
//! each bad row named with its row and column; the secretariat's filled compilation comes back
//! as decisions, matched by Comment ID; exports are read back; the audit trail shows who did
//! what, to whom it may.

mod common;

use common::{Client, TestApp};
use rust_xlsxwriter::{Formula, Workbook};
use serde_json::{json, Value};

on_both_databases! {
    a_filled_template_is_checked_row_by_row => a_filled_template_is_checked_row_by_row;
    a_big_template_and_a_word_table_import => a_big_template_and_a_word_table_import;
    the_secretariat_reimports_its_filled_compilation => the_secretariat_reimports_its_filled_compilation;
}

const HEADINGS: [&str; 8] = [
    "MB/NC1",
    "Line number\n(e.g. 17)",
    "Clause/ Subclause\n(e.g. 3.1)",
    "Paragraph/ Figure/ Table/\n(e.g. Table 1)",
    "Type of comment2",
    "Comments",
    "Proposed change",
    "Observations of the secretariat",
];

/// A template as ISO's: a merged title block, the headings on row 3, the rows under them.
fn template(rows: &[[&str; 7]]) -> Workbook {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet
        .merge_range(
            0,
            0,
            0,
            7,
            "Template for comments and secretariat observations",
            &Default::default(),
        )
        .expect("title");
    for (col, heading) in HEADINGS.iter().enumerate() {
        sheet
            .write_string(2, col as u16, *heading)
            .expect("heading");
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            if !value.is_empty() {
                sheet
                    .write_string(3 + r as u32, c as u16, *value)
                    .expect("cell");
            }
        }
    }
    workbook
}

fn bytes(mut workbook: Workbook) -> Vec<u8> {
    workbook.save_to_buffer().expect("xlsx")
}

async fn draft_with_delegates(app: &TestApp, title: &str) -> (String, Client) {
    app.with_demo().await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    let mut manager = app.signed_in("manager@comity.example").await;
    let doc = manager
        .upload(
            &format!("/api/v1/committees/{tc70}/documents"),
            &[("title", title), ("kind", "enquiry_draft")],
            Some(("draft.txt", b"Draft African Standard - Specification")),
        )
        .await
        .json();
    let doc = doc["id"].as_str().expect("id").to_string();
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    for email in [
        "delegate.kebs@comity.example",
        "officer.kebs@comity.example",
    ] {
        let user = app.user_id(email).await;
        officer
            .submit(
                &format!("/committees/{tc70}/delegates"),
                &[("user_id", &user)],
            )
            .await;
    }
    (doc, manager)
}

fn problems(reply: &Value) -> Vec<(Option<u64>, String, String)> {
    reply["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            (
                p["row"].as_u64(),
                p["column"].as_str().unwrap_or_default().to_string(),
                p["code"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

async fn a_filled_template_is_checked_row_by_row(app: &TestApp) {
    let (doc, _) = draft_with_delegates(app, "DARS 21 Shea butter").await;
    let import = format!("/api/v1/documents/{doc}/comments/import");
    let mut expert = app.signed_in("delegate.kebs@comity.example").await;

    // Rows 4–9: good; Arabic with a right-to-left clause title; no comment; unknown type;
    // a formula; a merged cell.
    let mut workbook = template(&[
        [
            "KEBS",
            "17",
            "5.2",
            "Table 1",
            "te",
            "The peroxide limit is too high.",
            "Use 10 meq/kg.",
        ],
        [
            "",
            "",
            "البند 6 — أخذ العينات",
            "الجدول 2",
            "ed",
            "يجب توحيد المصطلحات.",
            "استخدم «زبدة الشيا».",
        ],
        ["KEBS", "30", "7", "", "te", "", "Add a method."],
        ["", "", "8", "", "xx", "Labelling is unclear.", ""],
        ["", "", "9", "", "ge", "", ""],
        ["", "", "10", "", "ed", "", ""],
    ]);
    let sheet = workbook.worksheet_from_index(0).expect("sheet");
    sheet
        .write_formula(7, 5, Formula::new("=B4&\" see above\""))
        .expect("formula");
    sheet
        .merge_range(8, 5, 8, 6, "Merged comment", &Default::default())
        .expect("merge");
    let file = bytes(workbook);

    let refused = expert
        .upload(
            &import,
            &[("member_body", "KEBS")],
            Some(("kebs.xlsx", &file)),
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    let body = refused.json();
    assert_eq!(
        problems(&body),
        vec![
            (
                Some(6),
                "Comments".into(),
                "error-comment-text-required".into()
            ),
            (
                Some(7),
                "Type of comment2".into(),
                "error-comment-kind-unknown".into()
            ),
            (Some(8), "Comments".into(), "error-import-formula".into()),
            (Some(9), "Comments".into(), "error-import-merged".into()),
        ],
        "{body}"
    );
    assert_eq!(
        body["problems"][2]["message"],
        "Cell F8 holds a formula (=B4&\" see above\") instead of a value: copy it and paste it as a value."
    );
    assert_eq!(
        body["error"]["message"],
        "4 rows of the file have problems: nothing was imported. Correct them and upload the file again, or import only the valid rows."
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 0);

    // The same file in French, for the valid rows only: two drafts, the Arabic intact.
    let mut request_fr = expert.clone();
    request_fr.accept_language = Some("fr".to_string());
    let partial = request_fr
        .upload(
            &import,
            &[("member_body", "KEBS"), ("valid_only", "true")],
            Some(("kebs.xlsx", &file)),
        )
        .await;
    assert_eq!(partial.status, 201, "{}", partial.body);
    let report = partial.json();
    assert_eq!(
        (report["imported"].as_u64(), report["skipped"].as_u64()),
        (Some(2), Some(4))
    );
    assert_eq!(
        report["problems"][0]["message"], "Rédigez l'observation.",
        "problems in the caller's language: {report}"
    );
    assert_eq!(
        app.text(
            "SELECT comment FROM comments WHERE clause = $1 AND status = 'draft'",
            "البند 6 — أخذ العينات"
        )
        .await
        .as_deref(),
        Some("يجب توحيد المصطلحات.")
    );
    assert_eq!(
        app.text("SELECT line_ref FROM comments WHERE clause = $1", "5.2")
            .await
            .as_deref(),
        Some("17")
    );

    // An archive that is not a workbook, a legacy .xls, another member body's rows.
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file("notes.txt", zip::write::SimpleFileOptions::default())
        .expect("entry");
    std::io::Write::write_all(&mut zip, b"not a workbook").expect("write");
    let renamed = zip.finish().expect("zip").into_inner();
    let reply = expert
        .upload(
            &import,
            &[("member_body", "KEBS")],
            Some(("comments.xlsx", &renamed)),
        )
        .await;
    assert_eq!(reply.status, 422);
    assert_eq!(
        reply.json()["error"]["message"],
        "This file is a ZIP archive (it holds notes.txt), not an Excel workbook or a Word document: upload the .xlsx or .docx template itself."
    );
    let foreign = bytes(template(&[["TSE", "", "3", "", "te", "Not ours.", ""]]));
    let reply = expert
        .upload(
            &import,
            &[("member_body", "KEBS")],
            Some(("tse.xlsx", &foreign)),
        )
        .await;
    assert_eq!(
        problems(&reply.json()),
        vec![(Some(4), "MB/NC1".into(), "error-import-member-body".into())]
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 2);

    // Searching the compiled comments finds no draft: drafts are KEBS's until submitted.
    let found = expert
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments?q=peroxide"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(found["total"], 0, "{found}");

    // Only the member body's people import for it; the manager cannot.
    let good = bytes(template(&[["", "", "3", "", "te", "Fine.", ""]]));
    let mut eos = app.signed_in("officer.eos@comity.example").await;
    let reply = eos
        .upload(&import, &[("member_body", "KEBS")], Some(("k.xlsx", &good)))
        .await;
    assert_eq!(reply.status, 403, "{}", reply.body);
    let mut manager = app.signed_in("manager@comity.example").await;
    let reply = manager
        .upload(&import, &[("member_body", "KEBS")], Some(("k.xlsx", &good)))
        .await;
    assert_eq!(reply.status, 403, "{}", reply.body);
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 2);

    // Without JavaScript: the form lists each bad row on the page, nothing imported.
    let page = format!("/documents/{doc}/comments");
    let form = expert.get(&page).await;
    assert!(form
        .body
        .contains("Import the comments of KEBS from a filled template"));
    let reply = expert
        .upload_form(
            &format!("/documents/{doc}/comments/import"),
            &[("member_body", "KEBS")],
            Some(("kebs.xlsx", &file)),
        )
        .await;
    assert!(reply.body.contains("Rows to correct"), "{}", reply.body);
    assert!(
        reply.body.contains("Row 7, Type of comment2:"),
        "{}",
        reply.body
    );
    assert!(reply.body.contains("“xx” is not a type of comment"));
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 2);
    // The drafts' history is the member body's own: EOS's officer does not see it.
    assert!(
        form.body.contains("KEBS: 2 comments imported from a file"),
        "{}",
        form.body
    );
    let theirs = eos.get(&page).await;
    assert!(!theirs.body.contains("comments imported from a file"));
}

/// A Word document whose table is the template.
fn docx_template(rows: &[[&str; 8]]) -> Vec<u8> {
    let cell = |text: &str| {
        format!("<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:tc>")
    };
    let mut table = String::from("<w:tbl><w:tr>");
    for h in HEADINGS {
        table.push_str(&cell(h));
    }
    table.push_str("</w:tr>");
    for row in rows {
        table.push_str("<w:tr>");
        for value in row {
            if let Some(spanned) = value.strip_prefix("SPAN:") {
                table.push_str(&format!(
                    "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>",
                    spanned
                ));
            } else {
                table.push_str(&cell(value));
            }
        }
        table.push_str("</w:tr>");
    }
    table.push_str("</w:tbl>");
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Comments of KEBS</w:t></w:r></w:p>{table}</w:body></w:document>"
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .expect("entry");
    std::io::Write::write_all(&mut zip, document.as_bytes()).expect("write");
    zip.finish().expect("zip").into_inner()
}

async fn a_big_template_and_a_word_table_import(app: &TestApp) {
    let (doc, _) = draft_with_delegates(app, "DARS 22 Cassava flour").await;
    let import = format!("/api/v1/documents/{doc}/comments/import");
    let mut officer = app.signed_in("officer.kebs@comity.example").await;

    // 5,000 rows in one file: all in, in one go.
    let rows: Vec<[String; 7]> = (1..=5000)
        .map(|n| {
            [
                "KEBS".to_string(),
                n.to_string(),
                format!("{}.{}", n % 12 + 1, n % 7),
                String::new(),
                ["ge", "te", "ed"][n % 3].to_string(),
                format!("Comment number {n}."),
                String::new(),
            ]
        })
        .collect();
    let refs: Vec<[&str; 7]> = rows
        .iter()
        .map(|r| std::array::from_fn(|i| r[i].as_str()))
        .collect();
    let file = bytes(template(&refs));
    let started = std::time::Instant::now();
    let reply = officer
        .upload(
            &import,
            &[("member_body", "KEBS")],
            Some(("big.xlsx", &file)),
        )
        .await;
    let elapsed = started.elapsed();
    assert_eq!(reply.status, 201, "{}", reply.body);
    assert_eq!(reply.json()["imported"], 5000);
    println!(
        "5,000-row import ({} KiB) on {:?}: {} ms",
        file.len() / 1024,
        app.backend(),
        elapsed.as_millis()
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM comments WHERE status = 'draft'")
            .await,
        5000
    );
    // The officer's list shows them in clause order, 2.x before 10.x.
    let mine = officer
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments?member_body=KEBS"),
            None,
            None,
        )
        .await
        .json();
    assert_eq!(mine["total"], 5000);
    assert_eq!(mine["comments"][0]["clause"], "1.0");

    // A Word table: one good row, one with a cell spanning two columns.
    let word = docx_template(&[
        [
            "KEBS",
            "3",
            "4.2",
            "",
            "ed",
            "Use SI units.",
            "Write g/kg.",
            "",
        ],
        [
            "KEBS",
            "5",
            "4.3",
            "",
            "te",
            "SPAN:Spans two columns",
            "",
            "",
        ],
    ]);
    let reply = officer
        .upload(
            &import,
            &[("member_body", "KEBS")],
            Some(("kebs.docx", &word)),
        )
        .await;
    assert_eq!(reply.status, 422, "{}", reply.body);
    assert_eq!(
        problems(&reply.json()),
        vec![(Some(3), "Comments".into(), "error-import-merged".into())]
    );
    let word = docx_template(&[[
        "KEBS",
        "3",
        "4.2",
        "",
        "ed",
        "Use SI units.",
        "Write g/kg.",
        "",
    ]]);
    let reply = officer
        .upload(
            &import,
            &[("member_body", "KEBS")],
            Some(("kebs.docx", &word)),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    assert_eq!(
        app.text(
            "SELECT proposed_change FROM comments WHERE comment = $1",
            "Use SI units."
        )
        .await
        .as_deref(),
        Some("Write g/kg.")
    );
}

async fn the_secretariat_reimports_its_filled_compilation(app: &TestApp) {
    let (doc, mut manager) = draft_with_delegates(app, "DARS 23 Honey").await;
    let tc70 = app.committee_id("ARSO/TC 70").await;
    // The draft goes to DIS ballot; KEBS's comments are submitted with its vote.
    let ballot = manager
        .api(
            "POST",
            &format!("/api/v1/committees/{tc70}/ballots"),
            Some(json!({"kind": "DIS", "title": "DARS 23", "question": "Approve DARS 23?", "document_id": doc, "closes_at": "2099-03-01T12:00:00Z"})),
            None,
        )
        .await;
    assert_eq!(ballot.status, 201, "{}", ballot.body);
    let ballot = ballot.json()["id"].as_str().expect("id").to_string();
    let mut officer = app.signed_in("officer.kebs@comity.example").await;
    let file = bytes(template(&[
        [
            "KEBS",
            "4",
            "3.1",
            "",
            "te",
            "Define raw honey.",
            "Add a definition.",
        ],
        ["KEBS", "9", "General", "", "ge", "Align with CXS 12.", ""],
    ]));
    let reply = officer
        .upload(
            &format!("/api/v1/documents/{doc}/comments/import"),
            &[("member_body", "KEBS")],
            Some(("kebs.xlsx", &file)),
        )
        .await;
    assert_eq!(reply.status, 201, "{}", reply.body);
    let mine = officer
        .api(
            "GET",
            &format!("/api/v1/documents/{doc}/comments?member_body=KEBS"),
            None,
            None,
        )
        .await
        .json();
    let seen: Vec<Value> = mine["comments"]
        .as_array()
        .expect("comments")
        .iter()
        .map(|c| json!({"id": c["id"], "version": c["version"]}))
        .collect();
    let submitted = officer
        .api(
            "POST",
            &format!("/api/v1/documents/{doc}/comments/submit"),
            Some(json!({"member_body": "KEBS", "seen": seen})),
            None,
        )
        .await;
    assert_eq!(submitted.status, 200, "{}", submitted.body);
    assert_eq!(
        app.text(
            "SELECT ballot_id FROM comment_submissions WHERE document_id = $1",
            &doc
        )
        .await
        .as_deref(),
        Some(ballot.as_str()),
        "submitted with the vote"
    );

    // The secretariat exports the compilation; read back, it has the columns and the IDs.
    let export = manager
        .get(&format!(
            "/api/v1/documents/{doc}/comments/export?format=xlsx"
        ))
        .await;
    assert_eq!(export.status, 200);
    let sheets = app::server::sheets::read(&export.bytes).expect("the export reads back");
    let sheet = &sheets[0];
    let heading: Vec<&str> = sheet.rows[0]
        .cells
        .iter()
        .map(|(_, c)| c.text.as_str())
        .collect();
    assert_eq!(
        heading,
        vec![
            "MB/NC",
            "Line number",
            "Clause/Subclause",
            "Paragraph/Figure/Table",
            "Type of comment",
            "Comments",
            "Proposed change",
            "Observations of the secretariat",
            "Decision",
            "Comment ID"
        ]
    );
    assert_eq!(sheet.rows.len(), 3);
    let row_text = |row: usize, col: u32| {
        sheet.rows[row]
            .cells
            .iter()
            .find(|(c, _)| *c == col)
            .map(|(_, c)| c.text.clone())
            .unwrap_or_default()
    };
    // General first, then 3.1.
    assert_eq!(
        (row_text(1, 3), row_text(2, 3)),
        ("General".to_string(), "3.1".to_string())
    );
    let (general, raw) = (row_text(1, 10), row_text(2, 10));

    // Filled offline: a decision with an observation on each; a wrong decision first.
    let filled = |decision: &str| {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        for (c, h) in heading.iter().enumerate() {
            sheet.write_string(0, c as u16, *h).expect("heading");
        }
        sheet.write_string(1, 9, &general).expect("id");
        sheet.write_string(1, 8, decision).expect("decision");
        sheet
            .write_string(1, 7, "CXS 12 cited in the foreword.")
            .expect("obs");
        sheet.write_string(2, 9, &raw).expect("id");
        sheet.write_string(2, 8, "Accepted").expect("decision");
        bytes(workbook)
    };
    let decisions = format!("/api/v1/documents/{doc}/comments/dispositions/import");
    let refused = manager
        .upload(&decisions, &[], Some(("filled.xlsx", &filled("Maybe"))))
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert_eq!(
        problems(&refused.json()),
        vec![(
            Some(2),
            "Decision".into(),
            "error-import-decision-unknown".into()
        )]
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM comments WHERE disposition IS NOT NULL")
            .await,
        0
    );
    // The officer may not record decisions.
    let reply = officer
        .upload(&decisions, &[], Some(("filled.xlsx", &filled("Noted"))))
        .await;
    assert_eq!(reply.status, 403);
    let done = manager
        .upload(
            &decisions,
            &[],
            Some(("filled.xlsx", &filled("Accepted in principle"))),
        )
        .await;
    assert_eq!(done.status, 200, "{}", done.body);
    assert_eq!(done.json()["imported"], 2);
    assert_eq!(
        app.text("SELECT disposition FROM comments WHERE id = $1", &general)
            .await
            .as_deref(),
        Some("accepted_in_principle")
    );
    assert_eq!(
        app.text("SELECT observations FROM comments WHERE id = $1", &general)
            .await
            .as_deref(),
        Some("CXS 12 cited in the foreword.")
    );
    // The compiled comments and their observations are searchable.
    for (q, total) in [
        ("RAW%20honey", 1),
        ("cited%20in%20the%20foreword", 1),
        ("nothing%20like%20this", 0),
    ] {
        let found = officer
            .api(
                "GET",
                &format!("/api/v1/documents/{doc}/comments?q={q}"),
                None,
                None,
            )
            .await
            .json();
        assert_eq!(found["total"], total, "{q}: {found}");
    }
    let page = manager.get(&format!("/documents/{doc}/comments")).await;
    assert!(
        page.body.contains("2 of 2 comments resolved"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("2 decisions imported from a file"),
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains("KEBS: national position submitted (2 comments)"));
    // The drafts' own history stays with KEBS.
    assert!(!page.body.contains("comments imported from a file"));
    let theirs = officer.get(&format!("/documents/{doc}/comments")).await;
    assert!(
        theirs.body.contains("Submitted with the vote of KEBS."),
        "{}",
        theirs.body
    );
}
