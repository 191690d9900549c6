//! Who may do what: the one function that turns a person's roles into allow or deny.
//!
//! Every form route, server function and API handler asks [`decide`] (through
//! `server::session::require`); no other code turns a role into a yes. The server loads the
//! [`Actor`] (the person's roles) and the facts about the target; this file only decides.

use super::committees::MembershipStatus;

/// A role a person holds in a committee.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CommitteeRole {
    /// Runs the committee for the secretariat: documents, ballots, agendas, minutes.
    CommitteeManager,
    /// Leads the committee; does not vote.
    Chair,
    /// Leads a working group.
    Convenor,
    /// Nominated by a member body; reads, comments, attends.
    Delegate,
    /// Follows the committee without a vote.
    Observer,
}

impl CommitteeRole {
    /// Every committee role, in the order pages list them.
    pub const ALL: [CommitteeRole; 5] = [
        CommitteeRole::CommitteeManager,
        CommitteeRole::Chair,
        CommitteeRole::Convenor,
        CommitteeRole::Delegate,
        CommitteeRole::Observer,
    ];

    /// The code used in the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            CommitteeRole::CommitteeManager => "committee_manager",
            CommitteeRole::Chair => "chair",
            CommitteeRole::Convenor => "convenor",
            CommitteeRole::Delegate => "delegate",
            CommitteeRole::Observer => "observer",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<CommitteeRole> {
        CommitteeRole::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// A role a person holds in a member body (a national standards body).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MemberBodyRole {
    /// Acts for the member body: votes, submits national comments, nominates delegates.
    Officer,
    /// A national expert.
    Expert,
}

impl MemberBodyRole {
    /// The code used in the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            MemberBodyRole::Officer => "officer",
            MemberBodyRole::Expert => "expert",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<MemberBodyRole> {
        [MemberBodyRole::Officer, MemberBodyRole::Expert]
            .into_iter()
            .find(|r| r.code() == code)
    }
}

/// What is known about the person asking, loaded by the server before deciding.
#[derive(Clone, Debug, Default)]
pub struct Actor {
    /// `None` for a visitor who has not signed in.
    pub user_id: Option<String>,
    /// Portal administrators run the whole installation.
    pub is_portal_admin: bool,
    /// Bodies (ids) this person administers.
    pub body_admin_of: Vec<String>,
    /// (committee id, role) pairs.
    pub committee_roles: Vec<(String, CommitteeRole)>,
    /// (member body id, role) pairs.
    pub member_body_roles: Vec<(String, MemberBodyRole)>,
    /// For each committee where the person is a delegate: the current membership of the member
    /// body that nominated them (`None` when that membership has ended).
    pub delegations: Vec<(String, Option<MembershipStatus>)>,
}

impl Actor {
    fn administers_body(&self, body_id: &str) -> bool {
        self.is_portal_admin || self.body_admin_of.iter().any(|b| b == body_id)
    }

    fn has_committee_role(&self, committee_id: &str, role: CommitteeRole) -> bool {
        self.committee_roles
            .iter()
            .any(|(c, r)| c == committee_id && *r == role)
    }

    fn has_member_body_role(&self, member_body_id: &str) -> bool {
        self.member_body_roles
            .iter()
            .any(|(m, _)| m == member_body_id)
    }

    fn is_officer_of(&self, member_body_id: &str) -> bool {
        self.member_body_roles
            .iter()
            .any(|(m, r)| m == member_body_id && *r == MemberBodyRole::Officer)
    }

    /// Runs this committee: its manager, or an administrator of its body.
    fn manages_committee(&self, committee: &CommitteeRef) -> bool {
        self.administers_body(&committee.body_id)
            || self.has_committee_role(&committee.id, CommitteeRole::CommitteeManager)
    }

    /// Keeps the committee's documents and work programme: its manager, its body's
    /// administrators, and the convenor (who runs a working group's documents).
    fn keeps_documents_of(&self, committee: &CommitteeRef) -> bool {
        self.manages_committee(committee)
            || self.has_committee_role(&committee.id, CommitteeRole::Convenor)
    }
}

/// Which documents a person may read: decided once per request from their roles, then applied
/// to a single document ([`DocumentScope::allows`]) and to lists and searches in SQL alike.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentScope {
    /// Portal administrators read everything.
    pub everything: bool,
    /// Bodies whose every committee document the person reads (its administrators).
    pub bodies: Vec<String>,
    /// Committees whose officers they are (manager, chair, convenor): drafts included.
    pub officer_of: Vec<String>,
    /// Committees whose published documents they read as members: delegates of P- and O-members
    /// and of liaisons of category A (and C, who take part in a working group's drafting), and
    /// the committee's observers.
    pub reader_of: Vec<String>,
}

impl DocumentScope {
    /// What `actor` may read. A visitor reads public documents only.
    pub fn of(actor: &Actor) -> DocumentScope {
        let officer_roles = [
            CommitteeRole::CommitteeManager,
            CommitteeRole::Chair,
            CommitteeRole::Convenor,
        ];
        let mut scope = DocumentScope {
            everything: actor.is_portal_admin,
            bodies: actor.body_admin_of.clone(),
            officer_of: actor
                .committee_roles
                .iter()
                .filter(|(_, r)| officer_roles.contains(r))
                .map(|(c, _)| c.clone())
                .collect(),
            reader_of: actor
                .committee_roles
                .iter()
                .filter(|(_, r)| *r == CommitteeRole::Observer)
                .map(|(c, _)| c.clone())
                .chain(
                    actor
                        .delegations
                        .iter()
                        .filter(|(_, m)| m.is_some_and(|m| m != MembershipStatus::LiaisonB))
                        .map(|(c, _)| c.clone()),
                )
                .collect(),
        };
        scope.officer_of.sort();
        scope.officer_of.dedup();
        scope.reader_of.sort();
        scope.reader_of.dedup();
        scope
    }

    /// Whether a document of `committee` is readable: public; or unpublished and the person is
    /// one of its officers; or published and the person is a member.
    pub fn allows(&self, committee: &CommitteeRef, published: bool, public: bool) -> bool {
        let officer = self.everything
            || self.bodies.contains(&committee.body_id)
            || self.officer_of.contains(&committee.id);
        public || officer || (published && self.reader_of.contains(&committee.id))
    }
}

/// A committee, as far as permissions care.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommitteeRef {
    /// The committee's id.
    pub id: String,
    /// The body it belongs to.
    pub body_id: String,
}

/// Something a person may try to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Read the public parts of the portal (bodies, committees, member bodies).
    ViewPublic,
    /// See and change one's own account: password, tokens.
    ManageOwnAccount,
    /// Invite a new person to the portal.
    InviteUser,
    /// Create a body, or change a body's details and its member bodies.
    ManageBodies,
    /// Register a national member body.
    ManageMemberBodies,
    /// Create a committee in this body, or change a committee's secretariat or status.
    ManageCommitteesOf {
        /// The body's id.
        body_id: String,
    },
    /// Set or end member bodies' memberships (P, O, liaisons) and people's roles in a committee.
    ManageCommitteeMembers(CommitteeRef),
    /// Nominate or withdraw one's own member body's delegates to a committee.
    NominateDelegates {
        /// The committee.
        committee: CommitteeRef,
        /// The member body nominating.
        member_body_id: String,
        /// Whether that member body is a P- or O-member (or category C liaison) of the committee.
        member_body_takes_part: bool,
    },
    /// Give or take people's roles in a member body (officer, expert).
    ManageMemberBodyPeople {
        /// The member body.
        member_body_id: String,
    },
    /// Register documents and their versions, publish them, mark them public.
    ManageDocuments(CommitteeRef),
    /// Register projects of the work programme and move them through the stages.
    ManageProjects(CommitteeRef),
    /// Create, open, close and cancel ballots of the committee.
    ManageBallots(CommitteeRef),
    /// See a ballot, its votes and its result.
    ReadBallot {
        /// The ballot's committee.
        committee: CommitteeRef,
        /// The person is an officer of a member body with a vote in it.
        officer_of_voter: bool,
    },
    /// Draft comments on a committee's document for a member body: its experts and officers,
    /// where the member body is a P- or O-member of the committee.
    DraftComment {
        /// The document's committee.
        committee: CommitteeRef,
        /// The member body the comments are for.
        member_body_id: String,
        /// Whether that member body is a P- or O-member of the committee.
        member_body_takes_part: bool,
    },
    /// Change or drop a comment before its member body submits: its author, or the member
    /// body's officer (who consolidates); nobody once submitted.
    EditComment {
        /// The comment's member body.
        member_body_id: String,
        /// The person wrote it.
        is_author: bool,
        /// The member body has submitted its comments on the document.
        submitted: bool,
    },
    /// Submit a member body's consolidated comments on a document: its officer.
    SubmitComments {
        /// The member body.
        member_body_id: String,
    },
    /// Compile the submitted comments of a document and record dispositions: the committee
    /// manager and the body's administrators.
    CompileComments(CommitteeRef),
    /// See the other member bodies' votes and the tally of a ballot the person may read
    /// (`ReadBallot`): the committee manager as they come in, everyone once it has closed
    /// (as in ISO's balloting application, so that no member body votes after seeing the
    /// others); replaced votes (`history`) only the committee manager.
    SeeVotes {
        /// The ballot's committee.
        committee: CommitteeRef,
        /// The ballot has closed.
        closed: bool,
        /// The replaced votes too.
        history: bool,
    },
    /// Read the audit trail: all of it and whether its chain is intact (portal administrators),
    /// or the events of one committee (its manager and its body's administrators).
    ReadAudit(Option<CommitteeRef>),
    /// Schedule meetings of the committee, draft and publish their agendas, mark attendance,
    /// write minutes and resolutions: the committee manager and the body's administrators.
    ManageMeetings(CommitteeRef),
    /// See a committee's meetings and their published agendas: those who read the committee's
    /// circulated documents, and the officers of its P- and O-members (who register their
    /// delegations); a draft agenda is the manager's only (`ManageMeetings`).
    ReadMeetings {
        /// The committee.
        committee: CommitteeRef,
        /// The person is an officer of a P- or O-member of the committee.
        officer_of_member: bool,
    },
    /// Register a member body's delegates to a meeting: its officer (for a P- or O-member of
    /// the committee) while registration is open, and the committee manager at any time.
    RegisterDelegation {
        /// The meeting's committee.
        committee: CommitteeRef,
        /// The member body.
        member_body_id: String,
        /// Whether it is a P- or O-member of the committee.
        member_body_takes_part: bool,
        /// Registration is open (before the deadline, or reopened by the manager).
        open: bool,
    },
    /// Cast or change a member body's vote in a ballot.
    CastVote {
        /// The ballot's committee.
        committee: CommitteeRef,
        /// The member body voting.
        member_body_id: String,
        /// Whether that member body's membership at opening gives it a vote in this ballot.
        entitled: bool,
    },
    /// Read a document and download its files.
    ReadDocument {
        /// The document's committee.
        committee: CommitteeRef,
        /// Circulated to the members (not "to be notified").
        published: bool,
        /// Marked public by the committee manager.
        public: bool,
    },
}

/// The answer, with the reason for a refusal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead.
    Allow,
    /// Nobody is signed in and the action needs someone: answer 401 / go to sign-in.
    SignInRequired,
    /// Signed in, but not allowed: answer 403.
    Deny,
}

fn allow_if(condition: bool) -> Decision {
    if condition {
        Decision::Allow
    } else {
        Decision::Deny
    }
}

/// Decides whether `actor` may perform `action`.
pub fn decide(actor: &Actor, action: &Action) -> Decision {
    if *action == Action::ViewPublic {
        return Decision::Allow;
    }
    if let Action::ReadDocument { public: true, .. } = action {
        return Decision::Allow;
    }
    if actor.user_id.is_none() {
        return Decision::SignInRequired;
    }
    match action {
        Action::ViewPublic | Action::ManageOwnAccount => Decision::Allow,
        // Administrators of a body invite the people of its committees.
        Action::InviteUser => allow_if(actor.is_portal_admin || !actor.body_admin_of.is_empty()),
        Action::ManageBodies | Action::ManageMemberBodies => allow_if(actor.is_portal_admin),
        Action::ManageCommitteesOf { body_id } => allow_if(actor.administers_body(body_id)),
        Action::ManageCommitteeMembers(committee) => allow_if(actor.manages_committee(committee)),
        Action::NominateDelegates {
            committee,
            member_body_id,
            member_body_takes_part,
        } => allow_if(
            actor.manages_committee(committee)
                || (*member_body_takes_part && actor.is_officer_of(member_body_id)),
        ),
        Action::ManageMemberBodyPeople { member_body_id } => {
            allow_if(actor.is_portal_admin || actor.is_officer_of(member_body_id))
        }
        Action::ManageDocuments(committee) | Action::ManageProjects(committee) => {
            allow_if(actor.keeps_documents_of(committee))
        }
        Action::ReadDocument {
            committee,
            published,
            public,
        } => allow_if(DocumentScope::of(actor).allows(committee, *published, *public)),
        Action::ManageBallots(committee) => allow_if(actor.manages_committee(committee)),
        // Those who read the committee's circulated documents, and the officers who vote.
        Action::ReadBallot {
            committee,
            officer_of_voter,
        } => allow_if(*officer_of_voter || DocumentScope::of(actor).allows(committee, true, false)),
        Action::DraftComment {
            member_body_id,
            member_body_takes_part,
            ..
        } => allow_if(*member_body_takes_part && actor.has_member_body_role(member_body_id)),
        Action::EditComment {
            member_body_id,
            is_author,
            submitted,
        } => allow_if(!*submitted && (*is_author || actor.is_officer_of(member_body_id))),
        Action::SubmitComments { member_body_id } => allow_if(actor.is_officer_of(member_body_id)),
        Action::CompileComments(committee) => allow_if(actor.manages_committee(committee)),
        Action::SeeVotes {
            committee,
            closed,
            history,
        } => allow_if(actor.manages_committee(committee) || (*closed && !*history)),
        Action::ManageMeetings(committee) => allow_if(actor.manages_committee(committee)),
        Action::ReadAudit(None) => allow_if(actor.is_portal_admin),
        Action::ReadAudit(Some(committee)) => allow_if(actor.manages_committee(committee)),
        Action::ReadMeetings {
            committee,
            officer_of_member,
        } => allow_if(
            *officer_of_member
                || actor.manages_committee(committee)
                || DocumentScope::of(actor).allows(committee, true, false),
        ),
        Action::RegisterDelegation {
            committee,
            member_body_id,
            member_body_takes_part,
            open,
        } => allow_if(
            actor.manages_committee(committee)
                || (*open && *member_body_takes_part && actor.is_officer_of(member_body_id)),
        ),
        // Only the member body's officer votes for it: not the committee manager, not an
        // administrator, and only for a member body with a vote in this ballot.
        Action::CastVote {
            member_body_id,
            entitled,
            ..
        } => allow_if(*entitled && actor.is_officer_of(member_body_id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Decision::*;

    fn person(id: &str) -> Actor {
        Actor {
            user_id: Some(id.into()),
            ..Actor::default()
        }
    }

    fn committee(id: &str, body: &str) -> CommitteeRef {
        CommitteeRef {
            id: id.into(),
            body_id: body.into(),
        }
    }

    /// The actors of the table, in column order.
    fn actors() -> Vec<(&'static str, Actor)> {
        vec![
            ("visitor", Actor::default()),
            ("signed-in stranger", person("stranger")),
            (
                "portal admin",
                Actor {
                    is_portal_admin: true,
                    ..person("root")
                },
            ),
            (
                "ARSO body admin",
                Actor {
                    body_admin_of: vec!["arso".into()],
                    ..person("arso-admin")
                },
            ),
            (
                "manager of TC 70",
                Actor {
                    committee_roles: vec![("tc70".into(), CommitteeRole::CommitteeManager)],
                    ..person("manager")
                },
            ),
            (
                "chair of TC 70",
                Actor {
                    committee_roles: vec![("tc70".into(), CommitteeRole::Chair)],
                    ..person("chair")
                },
            ),
            (
                "delegate in TC 70",
                Actor {
                    committee_roles: vec![("tc70".into(), CommitteeRole::Delegate)],
                    delegations: vec![("tc70".into(), Some(MembershipStatus::P))],
                    ..person("delegate")
                },
            ),
            (
                "KEBS officer",
                Actor {
                    member_body_roles: vec![("kebs".into(), MemberBodyRole::Officer)],
                    ..person("officer")
                },
            ),
            (
                "KEBS expert",
                Actor {
                    member_body_roles: vec![("kebs".into(), MemberBodyRole::Expert)],
                    ..person("expert")
                },
            ),
        ]
    }

    #[test]
    #[rustfmt::skip]
    fn every_action_by_every_actor() {
        let tc70 = committee("tc70", "arso");
        let tc71 = committee("tc71", "arso");
        let smiic_tc1 = committee("smiic-tc1", "smiic");
        let nominate = |c: &CommitteeRef, mb: &str, takes_part: bool| Action::NominateDelegates {
            committee: c.clone(),
            member_body_id: mb.into(),
            member_body_takes_part: takes_part,
        };
        let vote = |c: &CommitteeRef, mb: &str, entitled: bool| Action::CastVote {
            committee: c.clone(),
            member_body_id: mb.into(),
            entitled,
        };
        let read = |c: &CommitteeRef, published: bool, public: bool| Action::ReadDocument {
            committee: c.clone(),
            published,
            public,
        };
        //                                        visitor         stranger admin  ARSO   mgr70  chair  deleg  KEBS-o KEBS-e
        let table: Vec<(Action, [Decision; 9])> = vec![
            (Action::ViewPublic,                  [Allow,          Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow]),
            (Action::ManageOwnAccount,            [SignInRequired, Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow]),
            (Action::InviteUser,                  [SignInRequired, Deny,  Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ManageBodies,                [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ManageMemberBodies,          [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ManageCommitteesOf { body_id: "arso".into() },
                                                  [SignInRequired, Deny,  Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny]),
            // An ARSO body administrator has no rights in SMIIC.
            (Action::ManageCommitteesOf { body_id: "smiic".into() },
                                                  [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ManageCommitteeMembers(tc70.clone()),
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            // The manager of TC 70 has no rights on TC 71.
            (Action::ManageCommitteeMembers(tc71.clone()),
                                                  [SignInRequired, Deny,  Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ManageCommitteeMembers(smiic_tc1.clone()),
                                                  [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (nominate(&tc70, "kebs", true),       [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Allow, Deny]),
            // Not for a committee KEBS is not a member of.
            (nominate(&tc71, "kebs", false),      [SignInRequired, Deny,  Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny]),
            // Not for another member body.
            (nominate(&tc70, "imanor", true),     [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::ManageMemberBodyPeople { member_body_id: "kebs".into() },
                                                  [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Allow, Deny]),
            (Action::ManageMemberBodyPeople { member_body_id: "imanor".into() },
                                                  [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ManageDocuments(tc70.clone()),
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::ManageDocuments(tc71.clone()),
                                                  [SignInRequired, Deny,  Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ManageProjects(tc70.clone()),
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::ManageProjects(smiic_tc1.clone()),
                                                  [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            // A circulated document: the committee's officers and members.
            (read(&tc70, true, false),            [SignInRequired, Deny,  Allow, Allow, Allow, Allow, Allow, Deny,  Deny]),
            // "To be notified": officers only, not the delegates yet.
            (read(&tc70, false, false),           [SignInRequired, Deny,  Allow, Allow, Allow, Allow, Deny,  Deny,  Deny]),
            // Another committee's document: nobody of TC 70 reads it.
            (read(&tc71, true, false),            [SignInRequired, Deny,  Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny]),
            (read(&smiic_tc1, true, false),       [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ManageBallots(tc70.clone()),
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::ManageBallots(smiic_tc1.clone()),
                                                  [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            // KEBS's vote: its officer only, and only where KEBS has a vote.
            (vote(&tc70, "kebs", true),           [SignInRequired, Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Allow, Deny]),
            (vote(&tc70, "kebs", false),          [SignInRequired, Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (vote(&tc70, "imanor", true),         [SignInRequired, Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ReadBallot { committee: tc70.clone(), officer_of_voter: false },
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Allow, Allow, Deny,  Deny]),
            // Comments: KEBS's people draft for KEBS where KEBS takes part; its officer submits;
            // the manager compiles.
            (Action::DraftComment { committee: tc70.clone(), member_body_id: "kebs".into(), member_body_takes_part: true },
                                                  [SignInRequired, Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Allow, Allow]),
            (Action::DraftComment { committee: tc70.clone(), member_body_id: "kebs".into(), member_body_takes_part: false },
                                                  [SignInRequired, Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::EditComment { member_body_id: "kebs".into(), is_author: false, submitted: false },
                                                  [SignInRequired, Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Allow, Deny]),
            (Action::EditComment { member_body_id: "kebs".into(), is_author: true, submitted: true },
                                                  [SignInRequired, Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::SubmitComments { member_body_id: "kebs".into() },
                                                  [SignInRequired, Deny,  Deny,  Deny,  Deny,  Deny,  Deny,  Allow, Deny]),
            (Action::CompileComments(tc70.clone()),
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            // The tally: the manager while open, everyone (who reads the ballot) once closed;
            // replaced votes: the manager only.
            (Action::SeeVotes { committee: tc70.clone(), closed: false, history: false },
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::SeeVotes { committee: tc70.clone(), closed: true, history: false },
                                                  [SignInRequired, Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow]),
            (Action::SeeVotes { committee: tc70.clone(), closed: true, history: true },
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::ReadBallot { committee: tc70.clone(), officer_of_voter: true },
                                                  [SignInRequired, Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow]),
            // Meetings: the manager schedules; the committee's readers see them; KEBS's officer
            // registers KEBS's delegates while registration is open, the manager at any time.
            (Action::ManageMeetings(tc70.clone()),
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::ManageMeetings(tc71.clone()),
                                                  [SignInRequired, Deny,  Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny]),
            // The audit trail: the whole chain for portal administrators, a committee's events
            // for those who manage it.
            (Action::ReadAudit(None),
                                                  [SignInRequired, Deny,  Allow, Deny,  Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ReadAudit(Some(tc70.clone())),
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::ReadAudit(Some(tc71.clone())),
                                                  [SignInRequired, Deny,  Allow, Allow, Deny,  Deny,  Deny,  Deny,  Deny]),
            (Action::ReadMeetings { committee: tc70.clone(), officer_of_member: false },
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Allow, Allow, Deny,  Deny]),
            (Action::ReadMeetings { committee: tc70.clone(), officer_of_member: true },
                                                  [SignInRequired, Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow]),
            (Action::RegisterDelegation { committee: tc70.clone(), member_body_id: "kebs".into(), member_body_takes_part: true, open: true },
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Allow, Deny]),
            (Action::RegisterDelegation { committee: tc70.clone(), member_body_id: "kebs".into(), member_body_takes_part: true, open: false },
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::RegisterDelegation { committee: tc70.clone(), member_body_id: "imanor".into(), member_body_takes_part: true, open: true },
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            (Action::RegisterDelegation { committee: tc70.clone(), member_body_id: "kebs".into(), member_body_takes_part: false, open: true },
                                                  [SignInRequired, Deny,  Allow, Allow, Allow, Deny,  Deny,  Deny,  Deny]),
            // A public document: anyone, signed in or not.
            (read(&tc71, true, true),             [Allow,          Allow, Allow, Allow, Allow, Allow, Allow, Allow, Allow]),
        ];
        let actors = actors();
        for (action, expected) in &table {
            for ((name, actor), want) in actors.iter().zip(expected) {
                assert_eq!(decide(actor, action), *want, "{action:?} by {name}");
            }
        }
    }

    #[test]
    fn a_convenor_keeps_the_documents_of_their_working_group_only() {
        let wg1 = committee("wg1", "arso");
        let tc70 = committee("tc70", "arso");
        let convenor = Actor {
            committee_roles: vec![("wg1".into(), CommitteeRole::Convenor)],
            ..person("convenor")
        };
        assert_eq!(
            decide(&convenor, &Action::ManageDocuments(wg1.clone())),
            Allow
        );
        assert_eq!(
            decide(&convenor, &Action::ManageProjects(wg1.clone())),
            Allow
        );
        assert_eq!(
            decide(&convenor, &Action::ManageDocuments(tc70.clone())),
            Deny
        );
        assert_eq!(
            decide(&convenor, &Action::ManageCommitteeMembers(wg1.clone())),
            Deny
        );
        // As an officer, the convenor reads the group's documents before they are circulated.
        let unpublished = |c: &CommitteeRef| Action::ReadDocument {
            committee: c.clone(),
            published: false,
            public: false,
        };
        assert_eq!(decide(&convenor, &unpublished(&wg1)), Allow);
        assert_eq!(decide(&convenor, &unpublished(&tc70)), Deny);
    }

    #[test]
    fn delegates_read_while_their_member_body_takes_part() {
        let tc70 = committee("tc70", "arso");
        let delegate_of = |membership: Option<MembershipStatus>| Actor {
            committee_roles: vec![("tc70".into(), CommitteeRole::Delegate)],
            delegations: vec![("tc70".into(), membership)],
            ..person("delegate")
        };
        let read = Action::ReadDocument {
            committee: tc70,
            published: true,
            public: false,
        };
        let table = [
            (Some(MembershipStatus::P), Allow),
            (Some(MembershipStatus::O), Allow),
            (Some(MembershipStatus::LiaisonA), Allow),
            (Some(MembershipStatus::LiaisonC), Allow),
            // Category B liaisons are kept informed through the committee, not its drafts.
            (Some(MembershipStatus::LiaisonB), Deny),
            // The member body left the committee: its delegates lose access.
            (None, Deny),
        ];
        for (membership, expected) in table {
            assert_eq!(
                decide(&delegate_of(membership), &read),
                expected,
                "{membership:?}"
            );
        }
        // An observer of the committee reads what its members read.
        let observer = Actor {
            committee_roles: vec![("tc70".into(), CommitteeRole::Observer)],
            ..person("observer")
        };
        assert_eq!(decide(&observer, &read), Allow);
    }

    #[test]
    fn role_codes_round_trip() {
        for role in CommitteeRole::ALL {
            assert_eq!(CommitteeRole::from_code(role.code()), Some(role));
        }
        assert_eq!(
            MemberBodyRole::from_code("officer"),
            Some(MemberBodyRole::Officer)
        );
        assert_eq!(CommitteeRole::from_code("secretary"), None);
    }
}
