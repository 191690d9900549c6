//! The `comity` binary: administrator creation from standard input, and bad configuration
//! refused at start with one clear line.

use std::{
    io::Write,
    process::{Command, Output, Stdio},
};

fn comity(args: &[&str], env: &[(&str, &str)], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_comity"))
        .args(args)
        .env_remove("DATABASE_URL")
        .envs(env.iter().copied())
        .env("COMITY_LOG", "error")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the comity binary starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("comity finishes")
}

#[tokio::test]
async fn admin_create_reads_the_password_from_stdin() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().to_str().expect("utf-8 path");
    let env = [("COMITY_DATA_DIR", data)];
    let short = comity(
        &[
            "admin",
            "create",
            "--email",
            "root@arso.example",
            "--name",
            "Root",
        ],
        &env,
        "short\n",
    );
    assert_eq!(short.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&short.stderr);
    assert_eq!(
        stderr.trim(),
        "error: password: Use at least 10 characters.",
        "{stderr}"
    );

    let ok = comity(
        &[
            "admin",
            "create",
            "--email",
            "Root@ARSO.example",
            "--name",
            "Root Admin",
        ],
        &env,
        "a long secret phrase\n",
    );
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(String::from_utf8_lossy(&ok.stdout)
        .contains("portal administrator root@arso.example created"));

    let pool = app::server::db::connect(&format!("sqlite://{data}/comity.db"), 1)
        .await
        .expect("open db");
    let (hash, admin): (String, i64) = sqlx::query_as(
        "SELECT password_hash, is_portal_admin FROM users WHERE email = 'root@arso.example'",
    )
    .fetch_one(&pool)
    .await
    .expect("the administrator exists");
    assert!(hash.starts_with("$argon2id$"), "{hash}");
    assert_eq!(admin, 1);
    pool.close().await;

    let again = comity(
        &[
            "admin",
            "create",
            "--email",
            "root@arso.example",
            "--name",
            "Root",
        ],
        &env,
        "a long secret phrase\n",
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr)
        .contains("An account with this e-mail address already exists."));
}

#[test]
fn bad_configuration_fails_with_one_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("site/pkg")).expect("site");
    let site = dir.path().join("site");
    let site = site.to_str().expect("utf-8 path");
    let cases: [(&[(&str, &str)], &str); 3] = [
        (
            &[
                ("DATABASE_URL", "mysql://localhost/comity"),
                ("LEPTOS_SITE_ROOT", site),
            ],
            "error: DATABASE_URL must start with sqlite:// or postgres://",
        ),
        (
            &[
                ("COMITY_PUBLIC_URL", "comity.example.org"),
                ("LEPTOS_SITE_ROOT", site),
            ],
            "error: COMITY_PUBLIC_URL must start with http:// or https://",
        ),
        (
            &[("LEPTOS_SITE_ROOT", "/nonexistent/site")],
            "error: the built site was not found at /nonexistent/site",
        ),
    ];
    for (env, expected) in cases {
        let out = comity(&["serve", "--addr", "127.0.0.1:0"], env, "");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
        assert!(stderr.starts_with(expected), "{stderr}");
    }
    let out = comity(&["serve", "--addr", "not-an-address"], &[], "");
    assert_eq!(
        out.status.code(),
        Some(2),
        "clap refuses a malformed address"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("--addr"));
}
