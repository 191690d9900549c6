-- Documents of committees (the N-register), their versions and files, and the work programme.

-- How a body names its drafts at the committee, enquiry and approval stages, comma-separated in
-- the order working, committee, enquiry, final draft (ISO: WD,CD,DIS,FDIS; ARSO: WD,CD,DARS,FDARS).
ALTER TABLE bodies ADD COLUMN draft_names TEXT NOT NULL DEFAULT 'WD,CD,DIS,FDIS';

-- Numbers handed out in order and never reused (document N-numbers per committee, project
-- numbers per body): `UPDATE … RETURNING` inside the writing transaction makes two concurrent
-- registrations wait for each other instead of taking the same number.
CREATE TABLE counters (
    scope TEXT PRIMARY KEY,               -- 'documents:<committee id>', 'projects:<body id>'
    last_value BIGINT NOT NULL
);

-- Work items (projects) of a committee, with their current harmonized stage code.
CREATE TABLE projects (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees (id),
    body_id TEXT NOT NULL REFERENCES bodies (id),
    reference TEXT NOT NULL,               -- 'ARSO 1234', unique within the body
    title_en TEXT NOT NULL,
    title_fr TEXT,
    title_ar TEXT,
    stage TEXT NOT NULL,                   -- '30.99'
    target_date TEXT,                      -- target publication date, 'YYYY-MM-DD'
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    stage_changed_at BIGINT NOT NULL,
    UNIQUE (body_id, reference)
);
CREATE INDEX projects_committee ON projects (committee_id, reference);

-- Every stage change of a project: who, when, from which code to which, and why.
CREATE TABLE project_stages (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_id TEXT REFERENCES users (id),
    from_stage TEXT,                       -- NULL for the registration of the project
    to_stage TEXT NOT NULL,
    reason TEXT
);
CREATE INDEX project_stages_project ON project_stages (project_id, at);

-- Uploaded files, content-addressed: one row per distinct content however often it is uploaded.
-- The bytes live in the database (several servers share them; a backup is the database), cut
-- into chunks of 1 MiB so that neither upload nor download holds a whole file in memory.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,               -- hex
    size BIGINT NOT NULL,
    chunk_count BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE TABLE blob_chunks (
    sha256 TEXT NOT NULL REFERENCES blobs (sha256) ON DELETE CASCADE,
    seq BIGINT NOT NULL,
    data BYTEA NOT NULL,                   -- BYTEA on PostgreSQL; SQLite stores the bytes as they come
    PRIMARY KEY (sha256, seq)
);

-- The document register of each committee: 'ARSO/TC 70 N 123', numbered in order of registration.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees (id),
    number BIGINT NOT NULL,
    reference TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,                    -- working_draft, committee_draft, … other
    status TEXT NOT NULL,                  -- draft (to be notified: officers only) / published
    is_public BIGINT NOT NULL DEFAULT 0,   -- 1: anyone may read it, signed in or not
    project_id TEXT REFERENCES projects (id),
    project_stage TEXT,                    -- the project's stage when the document was attached
    version_count BIGINT NOT NULL DEFAULT 0,
    created_by TEXT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (committee_id, number)
);
CREATE INDEX documents_committee_kind ON documents (committee_id, kind, number);
CREATE INDEX documents_committee_updated ON documents (committee_id, updated_at);
CREATE INDEX documents_committee_title ON documents (committee_id, title);
CREATE INDEX documents_project ON documents (project_id);

-- Versions of a document, numbered from 1, each pointing at its file.
CREATE TABLE document_versions (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,            -- from the content, not the name
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    uploaded_by TEXT REFERENCES users (id),
    uploaded_at BIGINT NOT NULL,
    PRIMARY KEY (document_id, version)
);
CREATE INDEX document_versions_sha256 ON document_versions (sha256);

-- The searchable text of each document: its title and the text of its latest version. The
-- engine-specific index over it (an FTS5 table on SQLite, a GIN index on PostgreSQL) is made at
-- start-up by `db::search::prepare`, because these migrations are shared by both engines.
CREATE TABLE document_texts (
    document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL
);
