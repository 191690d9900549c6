-- Who holds which role where: body administrators, people of member bodies, member bodies'
-- memberships of committees and people's roles in committees, with the committee's history.

-- The member body a person belongs to (officers and experts act for it).
ALTER TABLE users ADD COLUMN member_body_id TEXT REFERENCES member_bodies (id);

-- Body administrators (e.g. the ARSO central secretariat): create committees, assign secretariats.
CREATE TABLE body_admins (
    body_id TEXT NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    since BIGINT NOT NULL,
    PRIMARY KEY (body_id, user_id)
);
CREATE INDEX body_admins_user ON body_admins (user_id);

-- People's roles in a member body: officer (votes, submits national comments, nominates
-- delegates) or expert. One role per person per member body.
CREATE TABLE member_body_roles (
    member_body_id TEXT NOT NULL REFERENCES member_bodies (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (member_body_id, user_id)
);
CREATE INDEX member_body_roles_user ON member_body_roles (user_id);

-- Current memberships of member bodies in committees: P, O, liaison_a, liaison_b, liaison_c.
-- Ended memberships are deleted here and remain in committee_history.
CREATE TABLE committee_members (
    committee_id TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    member_body_id TEXT NOT NULL REFERENCES member_bodies (id),
    status TEXT NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (committee_id, member_body_id)
);
CREATE INDEX committee_members_member_body ON committee_members (member_body_id);

-- People's current roles in committees. A delegate carries the member body that nominated them.
CREATE TABLE committee_roles (
    committee_id TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    member_body_id TEXT REFERENCES member_bodies (id),
    since BIGINT NOT NULL,
    PRIMARY KEY (committee_id, user_id, role)
);
CREATE INDEX committee_roles_user ON committee_roles (user_id);

-- Every change to a committee's memberships, roles and secretariat: who, when, from what to what.
CREATE TABLE committee_history (
    id TEXT PRIMARY KEY,
    committee_id TEXT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_id TEXT REFERENCES users (id),
    kind TEXT NOT NULL,                    -- created / membership / role / secretariat
    subject TEXT NOT NULL,                 -- member body code or person's name
    from_value TEXT,
    to_value TEXT
);
CREATE INDEX committee_history_committee_at ON committee_history (committee_id, at);
