//! The outcome of a ballot (shared/DOMAIN.md, "Ballots"): a pure function from the ballot's
//! type, the body's rule profile, the committee's P-members at opening and the votes to the
//! outcome and every criterion with its numbers.
//!
//! Thresholds are compared in integers (`3*yes >= 2*(yes+no)`), so exactly 2/3 and exactly 1/4
//! pass. Zero valid votes is never an approval. A vote cast after the closing instant does not
//! count. O-members' votes count only where the ballot type lets them count.

/// The types of ballot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BallotKind {
    /// New work item proposal.
    Np,
    /// Committee draft.
    Cd,
    /// Enquiry draft (DIS / DARS / DS).
    Dis,
    /// Final draft (FDIS / FDARS / FDS).
    Fdis,
    /// Systematic review.
    Sr,
    /// Committee internal ballot (any question, resolution by correspondence).
    Cib,
}

impl BallotKind {
    /// Every type, in the order forms list them.
    pub const ALL: [BallotKind; 6] = [
        BallotKind::Np,
        BallotKind::Cd,
        BallotKind::Dis,
        BallotKind::Fdis,
        BallotKind::Sr,
        BallotKind::Cib,
    ];

    /// The code used in the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            BallotKind::Np => "NP",
            BallotKind::Cd => "CD",
            BallotKind::Dis => "DIS",
            BallotKind::Fdis => "FDIS",
            BallotKind::Sr => "SR",
            BallotKind::Cib => "CIB",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<BallotKind> {
        BallotKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The body's name for this type of ballot: the draft's name where it votes on a draft
    /// (an ARSO enquiry ballot is a DARS ballot), else the code.
    pub fn name(self, draft_names: &super::documents::DraftNames) -> String {
        use super::documents::DocumentKind;
        let draft = match self {
            BallotKind::Cd => Some(DocumentKind::CommitteeDraft),
            BallotKind::Dis => Some(DocumentKind::EnquiryDraft),
            BallotKind::Fdis => Some(DocumentKind::FinalDraft),
            _ => None,
        };
        draft
            .and_then(|k| draft_names.name_of(k))
            .unwrap_or(self.code())
            .to_string()
    }

    /// The positions a member body may take.
    pub fn positions(self) -> &'static [Position] {
        match self {
            BallotKind::Sr => &[Position::Confirm, Position::Revise, Position::Withdraw],
            _ => &[Position::Approve, Position::Disapprove, Position::Abstain],
        }
    }

    /// Whether O-members cast votes that count (enquiry and approval drafts); elsewhere they
    /// comment only.
    pub fn o_members_vote(self) -> bool {
        matches!(self, BallotKind::Dis | BallotKind::Fdis)
    }

    /// Whether a member body with this membership at opening (`P`, `O`, or none) has a vote.
    pub fn gives_vote(self, membership: Option<Voter>) -> bool {
        match membership {
            Some(Voter::P) => true,
            Some(Voter::O) => self.o_members_vote(),
            None => false,
        }
    }

    /// Whether a disapproval needs technical reasons to count.
    pub fn disapproval_needs_reasons(self) -> bool {
        matches!(self, BallotKind::Dis | BallotKind::Fdis)
    }

    /// Whether a closed ballot of this type may be re-opened by the committee manager to
    /// record a late vote (internal ballots only; an explicit, recorded action).
    pub fn may_record_late_vote(self) -> bool {
        self == BallotKind::Cib
    }

    /// ISO's default length in weeks (CIB: set by the committee manager, proposed as 4).
    /// A body's own lengths are in its [`RuleProfile`].
    pub fn default_weeks(self) -> u32 {
        match self {
            BallotKind::Np | BallotKind::Dis => 12,
            BallotKind::Cd | BallotKind::Fdis => 8,
            BallotKind::Sr => 20,
            BallotKind::Cib => 4,
        }
    }
}

/// A member body's position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Position {
    /// Approve.
    Approve,
    /// Disapprove.
    Disapprove,
    /// Abstain.
    Abstain,
    /// Systematic review: confirm the standard.
    Confirm,
    /// Systematic review: revise it.
    Revise,
    /// Systematic review: withdraw it.
    Withdraw,
}

impl Position {
    /// Every position.
    pub const ALL: [Position; 6] = [
        Position::Approve,
        Position::Disapprove,
        Position::Abstain,
        Position::Confirm,
        Position::Revise,
        Position::Withdraw,
    ];

    /// The code used in the database and the API.
    pub fn code(self) -> &'static str {
        match self {
            Position::Approve => "approve",
            Position::Disapprove => "disapprove",
            Position::Abstain => "abstain",
            Position::Confirm => "confirm",
            Position::Revise => "revise",
            Position::Withdraw => "withdraw",
        }
    }

    /// Parses a code.
    pub fn from_code(code: &str) -> Option<Position> {
        Position::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// The voter's membership of the committee when the ballot opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voter {
    /// Participating member.
    P,
    /// Observing member.
    O,
}

impl Voter {
    /// Reads a stored membership (`P`, `O`); anything else has no vote.
    pub fn from_code(code: &str) -> Option<Voter> {
        match code {
            "P" => Some(Voter::P),
            "O" => Some(Voter::O),
            _ => None,
        }
    }
}

/// Whether the committee manager may close an open ballot now: at or after its closing time,
/// or earlier once every P-member has voted.
pub fn check_close(
    now: i64,
    closes_at: i64,
    p_members_not_voted: usize,
) -> Result<(), crate::model::Message> {
    if now < closes_at && p_members_not_voted > 0 {
        Err(crate::model::Message::new("error-ballot-close-early")
            .arg("count", p_members_not_voted.to_string()))
    } else {
        Ok(())
    }
}

/// One member body's current vote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Vote {
    /// The member body's code.
    pub member_body: String,
    /// P or O at opening.
    pub voter: Voter,
    /// The position taken.
    pub position: Position,
    /// A disapproval gives technical reasons.
    pub has_reasons: bool,
    /// NP: the member body commits to participate.
    pub commits: bool,
    /// When it was cast, epoch milliseconds.
    pub cast_at: i64,
}

/// A fraction to reach: `part / whole` at least (or more than) `num / den`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ratio {
    /// Numerator.
    pub num: u64,
    /// Denominator.
    pub den: u64,
    /// Strictly more than (a simple majority: more than 1/2), rather than at least.
    #[serde(default)]
    pub strict: bool,
}

impl Ratio {
    /// At least `num/den`.
    pub const fn at_least(num: u64, den: u64) -> Ratio {
        Ratio {
            num,
            den,
            strict: false,
        }
    }

    /// More than `num/den`.
    pub const fn more_than(num: u64, den: u64) -> Ratio {
        Ratio {
            num,
            den,
            strict: true,
        }
    }

    /// Reads a threshold as people write it: `2/3` (at least), `>1/2` (more than). The
    /// fraction is at most 1 and its denominator not 0.
    pub fn parse(text: &str) -> Option<Ratio> {
        let text = text.trim();
        let (strict, text) = match text.strip_prefix('>') {
            Some(rest) => (true, rest.trim()),
            None => (false, text),
        };
        let (num, den) = text.split_once('/')?;
        let (num, den): (u64, u64) = (num.trim().parse().ok()?, den.trim().parse().ok()?);
        (den > 0 && num <= den && den <= 1_000).then_some(Ratio { num, den, strict })
    }

    /// As [`Ratio::parse`] reads it.
    pub fn text(self) -> String {
        format!(
            "{}{}/{}",
            if self.strict { ">" } else { "" },
            self.num,
            self.den
        )
    }

    /// Whether `part` of `whole` reaches the ratio, in integers. An empty whole never does.
    pub fn reached(self, part: u64, whole: u64) -> bool {
        if whole == 0 {
            return false;
        }
        let (left, right) = (self.den * part, self.num * whole);
        if self.strict {
            left > right
        } else {
            left >= right
        }
    }
}

/// How a body decides its ballots.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "family", rename_all = "snake_case")]
pub enum RuleFamily {
    /// ISO/IEC style: counted votes against thresholds.
    Iso,
    /// Weighted votes (CEN/CENELEC style): each member body's vote weighs its weight
    /// (1 when not listed); approval is a weighted share of the votes cast.
    Weighted {
        /// (member body code, weight).
        weights: Vec<(String, u64)>,
        /// The weighted share of approvals among approvals and disapprovals.
        threshold: Ratio,
    },
    /// Chair-judged rough consensus (IETF style): the counts inform the chair, who decides.
    ChairConsensus,
}

/// A body's rules: its family and the ISO-style thresholds, each a setting. Stored as JSON
/// in `bodies.rule_profile`; a setting left out keeps ISO's value.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct RuleProfile {
    /// How ballots are decided.
    #[serde(flatten)]
    pub family: RuleFamily,
    /// NP: approvals among P-members voting (2/3 in recent directives; some use a simple majority).
    pub np_approval: Ratio,
    /// NP: P-members (that approved) committing to participate, for committees of up to
    /// `np_large_committee - 1` P-members…
    pub np_participants_small: u64,
    /// …and from this many P-members on.
    pub np_participants_large: u64,
    /// The committee size from which `np_participants_large` applies.
    pub np_large_committee: u64,
    /// CD: approvals among P-members voting that count as consensus in case of doubt.
    pub cd_consensus: Ratio,
    /// DIS/FDIS: approvals among P-member votes cast.
    pub enquiry_approval: Ratio,
    /// DIS/FDIS: the most disapprovals may be of all votes cast.
    pub enquiry_max_negative: Ratio,
    /// SR: the share of P-members voting an option needs.
    pub sr_majority: Ratio,
    /// CIB: approvals among P-members voting (a tie is not approval).
    pub cib_majority: Ratio,
    /// Default ballot lengths in weeks, by type.
    pub weeks: BallotWeeks,
    /// The share of internal ballots missed in 12 months that flags a P-member for
    /// downgrade (by default more than 1/5).
    pub cib_missed_flag: Ratio,
    /// Notice periods of meetings (agendas, documents, minutes).
    pub meetings: super::meetings::MeetingNotice,
}

/// Default ballot lengths in weeks, by type: what the ballot form proposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct BallotWeeks {
    /// NP.
    pub np: u32,
    /// CD.
    pub cd: u32,
    /// DIS / DARS / DS.
    pub dis: u32,
    /// FDIS / FDARS / FDS.
    pub fdis: u32,
    /// SR.
    pub sr: u32,
    /// CIB.
    pub cib: u32,
}

impl Default for BallotWeeks {
    fn default() -> Self {
        let w = BallotKind::default_weeks;
        BallotWeeks {
            np: w(BallotKind::Np),
            cd: w(BallotKind::Cd),
            dis: w(BallotKind::Dis),
            fdis: w(BallotKind::Fdis),
            sr: w(BallotKind::Sr),
            cib: w(BallotKind::Cib),
        }
    }
}

impl BallotWeeks {
    /// The length for a type.
    pub fn of(self, kind: BallotKind) -> u32 {
        match kind {
            BallotKind::Np => self.np,
            BallotKind::Cd => self.cd,
            BallotKind::Dis => self.dis,
            BallotKind::Fdis => self.fdis,
            BallotKind::Sr => self.sr,
            BallotKind::Cib => self.cib,
        }
    }
}

/// The fields of a rule profile as a form shows them: (name, value as typed).
pub const RULE_FIELDS: [&str; 26] = [
    "family",
    "np_approval",
    "np_participants_small",
    "np_participants_large",
    "np_large_committee",
    "cd_consensus",
    "enquiry_approval",
    "enquiry_max_negative",
    "sr_majority",
    "cib_majority",
    "cib_missed_flag",
    "weeks_np",
    "weeks_cd",
    "weeks_dis",
    "weeks_fdis",
    "weeks_sr",
    "weeks_cib",
    "weights",
    "weighted_threshold",
    // The meetings' notice periods (`meetings::MeetingNotice::FIELDS`).
    "notice_plenary_agenda",
    "notice_plenary_agenda_virtual",
    "notice_wg_agenda",
    "notice_wg_agenda_virtual",
    "notice_plenary_documents",
    "notice_wg_documents",
    "notice_minutes",
];

impl RuleProfile {
    /// The profile as form fields (see [`RULE_FIELDS`]); weights one `CODE weight` per line.
    pub fn to_fields(&self) -> Vec<(String, String)> {
        let (family, weights, threshold) = match &self.family {
            RuleFamily::Iso => ("iso", String::new(), String::new()),
            RuleFamily::ChairConsensus => ("chair_consensus", String::new(), String::new()),
            RuleFamily::Weighted { weights, threshold } => (
                "weighted",
                weights
                    .iter()
                    .map(|(code, w)| format!("{code} {w}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                threshold.text(),
            ),
        };
        let w = self.weeks;
        [
            ("family", family.to_string()),
            ("np_approval", self.np_approval.text()),
            (
                "np_participants_small",
                self.np_participants_small.to_string(),
            ),
            (
                "np_participants_large",
                self.np_participants_large.to_string(),
            ),
            ("np_large_committee", self.np_large_committee.to_string()),
            ("cd_consensus", self.cd_consensus.text()),
            ("enquiry_approval", self.enquiry_approval.text()),
            ("enquiry_max_negative", self.enquiry_max_negative.text()),
            ("sr_majority", self.sr_majority.text()),
            ("cib_majority", self.cib_majority.text()),
            ("cib_missed_flag", self.cib_missed_flag.text()),
            ("weeks_np", w.np.to_string()),
            ("weeks_cd", w.cd.to_string()),
            ("weeks_dis", w.dis.to_string()),
            ("weeks_fdis", w.fdis.to_string()),
            ("weeks_sr", w.sr.to_string()),
            ("weeks_cib", w.cib.to_string()),
            ("weights", weights),
            ("weighted_threshold", threshold),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .chain(
            self.meetings
                .to_fields()
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string())),
        )
        .collect()
    }

    /// Reads a profile from form fields, with a message for each field that cannot be read.
    pub fn from_fields(
        value: impl Fn(&str) -> String,
    ) -> Result<RuleProfile, Vec<(&'static str, crate::model::Message)>> {
        use crate::model::Message;
        let mut errors = Vec::new();
        let mut ratio = |name: &'static str| {
            Ratio::parse(&value(name)).unwrap_or_else(|| {
                errors.push((name, Message::new("error-rules-ratio")));
                Ratio::at_least(1, 1)
            })
        };
        let np_approval = ratio("np_approval");
        let cd_consensus = ratio("cd_consensus");
        let enquiry_approval = ratio("enquiry_approval");
        let enquiry_max_negative = ratio("enquiry_max_negative");
        let sr_majority = ratio("sr_majority");
        let cib_majority = ratio("cib_majority");
        let cib_missed_flag = ratio("cib_missed_flag");
        let family_code = value("family");
        let weighted_threshold =
            (family_code.trim() == "weighted").then(|| ratio("weighted_threshold"));
        let mut count = |name: &'static str, max: u64| match value(name).trim().parse::<u64>() {
            Ok(n) if (1..=max).contains(&n) => n,
            _ => {
                errors.push((
                    name,
                    Message::new("error-rules-number").arg("max", max.to_string()),
                ));
                1
            }
        };
        let np_participants_small = count("np_participants_small", 100);
        let np_participants_large = count("np_participants_large", 100);
        let np_large_committee = count("np_large_committee", 1_000);
        let mut week = |name: &'static str| u32::try_from(count(name, 52)).unwrap_or(1);
        let weeks = BallotWeeks {
            np: week("weeks_np"),
            cd: week("weeks_cd"),
            dis: week("weeks_dis"),
            fdis: week("weeks_fdis"),
            sr: week("weeks_sr"),
            cib: week("weeks_cib"),
        };
        let meetings = super::meetings::MeetingNotice::from_fields(|name| {
            u32::try_from(count(name, 52)).unwrap_or(1)
        });
        let family = match (family_code.trim(), weighted_threshold) {
            ("iso", _) => RuleFamily::Iso,
            ("chair_consensus", _) => RuleFamily::ChairConsensus,
            ("weighted", Some(threshold)) => {
                let mut weights = Vec::new();
                for line in value("weights")
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                {
                    match line.rsplit_once(char::is_whitespace) {
                        Some((code, w)) if w.parse::<u64>().is_ok_and(|w| w > 0) => {
                            weights.push((code.trim().to_uppercase(), w.parse().unwrap_or(1)))
                        }
                        _ => {
                            errors.push((
                                "weights",
                                Message::new("error-rules-weight-line").arg("line", line),
                            ));
                        }
                    }
                }
                RuleFamily::Weighted { weights, threshold }
            }
            _ => {
                errors.push(("family", Message::new("error-rules-family")));
                RuleFamily::Iso
            }
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(RuleProfile {
            family,
            np_approval,
            np_participants_small,
            np_participants_large,
            np_large_committee,
            cd_consensus,
            enquiry_approval,
            enquiry_max_negative,
            sr_majority,
            cib_majority,
            weeks,
            cib_missed_flag,
            meetings,
        })
    }
}

/// Milliseconds in a week.
pub const WEEK_MS: i64 = 7 * 24 * 3600 * 1000;

/// Whether a ballot is shorter than the body's default for its type (allowed, with a visible
/// warning). Its length is counted in days, as secretariats count ballot periods: `opens_on`
/// and `closes_on` are the local days (days since 1970-01-01 in the committee's time zone) on
/// which it opens and closes, so a 12-week ballot opened on 4 December is not short when it
/// closes on 26 February at any hour — whatever minute the form proposed, and however long the
/// manager took to send it.
pub fn is_shorter_than_default(
    profile: &RuleProfile,
    kind: BallotKind,
    opens_on: i64,
    closes_on: i64,
) -> bool {
    closes_on - opens_on < i64::from(profile.weeks.of(kind)) * 7
}

/// One closed ballot in which a member body was a P-member, for the participation rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Participation {
    /// The ballot's type.
    pub kind: BallotKind,
    /// Whether the member body voted.
    pub voted: bool,
}

/// A P-member's participation over a period, and whether it is flagged for downgrade to
/// O-member (shared/DOMAIN.md: it missed a DIS, FDIS or SR ballot, or more than 20% of the
/// internal ballots). The committee manager decides; this only flags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParticipationSummary {
    /// Ballots in which it had a vote as a P-member.
    pub ballots: u64,
    /// Of which it missed.
    pub missed: u64,
    /// DIS, FDIS and SR ballots missed.
    pub missed_required: u64,
    /// Internal ballots, and how many of them it missed.
    pub internal: u64,
    /// Internal ballots missed.
    pub internal_missed: u64,
    /// Flagged for downgrade.
    pub flagged: bool,
}

/// Applies the downgrade rule to a member body's ballots of the last 12 months (those where it
/// was a P-member); only a current P-member (`p_member_now`) can be flagged.
pub fn participation(
    profile: &RuleProfile,
    ballots: &[Participation],
    p_member_now: bool,
) -> ParticipationSummary {
    let mut s = ParticipationSummary::default();
    for b in ballots {
        s.ballots += 1;
        let missed = u64::from(!b.voted);
        s.missed += missed;
        match b.kind {
            BallotKind::Dis | BallotKind::Fdis | BallotKind::Sr => s.missed_required += missed,
            BallotKind::Cib => {
                s.internal += 1;
                s.internal_missed += missed;
            }
            BallotKind::Np | BallotKind::Cd => {}
        }
    }
    s.flagged = p_member_now
        && (s.missed_required > 0
            || profile
                .cib_missed_flag
                .reached(s.internal_missed, s.internal));
    s
}

impl Default for RuleProfile {
    /// ISO's rules, the default for ARSO and SMIIC.
    fn default() -> Self {
        RuleProfile {
            family: RuleFamily::Iso,
            np_approval: Ratio::at_least(2, 3),
            np_participants_small: 4,
            np_participants_large: 5,
            np_large_committee: 17,
            cd_consensus: Ratio::at_least(2, 3),
            enquiry_approval: Ratio::at_least(2, 3),
            enquiry_max_negative: Ratio::at_least(1, 4),
            sr_majority: Ratio::more_than(1, 2),
            cib_majority: Ratio::more_than(1, 2),
            weeks: BallotWeeks::default(),
            cib_missed_flag: Ratio::more_than(1, 5),
            meetings: super::meetings::MeetingNotice::default(),
        }
    }
}

/// A stored rule profile that cannot be read (the caller logs it and applies ISO's rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnreadableProfile;

impl RuleProfile {
    /// The profile stored for a body: ISO's rules when there is none.
    pub fn from_stored(stored: Option<&str>) -> Result<RuleProfile, UnreadableProfile> {
        match stored.map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(RuleProfile::default()),
            Some(json) => serde_json::from_str(json).map_err(|_| UnreadableProfile),
        }
    }
}

/// The outcome of a closed ballot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Every criterion is met.
    Approved,
    /// A criterion is not met.
    NotApproved,
    /// CD: the numbers show consensus; the chair confirms.
    ConsensusRecommended,
    /// The chair decides (chair-judged consensus profiles).
    ChairDeterminationRequired,
}

impl Outcome {
    /// The code used in the API.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Approved => "approved",
            Outcome::NotApproved => "not_approved",
            Outcome::ConsensusRecommended => "consensus_recommended",
            Outcome::ChairDeterminationRequired => "chair_determination_required",
        }
    }
}

/// One criterion with its numbers: `numerator` of `denominator` against `threshold`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Criterion {
    /// What is measured (an i18n key).
    pub name: &'static str,
    /// Whether it is met.
    pub met: bool,
    /// The part.
    pub numerator: u64,
    /// The whole (for a minimum count: the minimum).
    pub denominator: u64,
    /// The fraction to reach, or `None` for a minimum count.
    pub threshold: Option<Ratio>,
    /// For disapprovals: at most the threshold rather than at least.
    pub at_most: bool,
}

/// The votes as counted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// P-members' approvals.
    pub p_approve: u64,
    /// P-members' disapprovals that count.
    pub p_disapprove: u64,
    /// P-members' abstentions.
    pub p_abstain: u64,
    /// O-members' approvals (counted where O-members vote).
    pub o_approve: u64,
    /// O-members' disapprovals that count.
    pub o_disapprove: u64,
    /// O-members' abstentions.
    pub o_abstain: u64,
    /// Disapprovals left out for want of technical reasons.
    pub without_reasons: u64,
    /// Votes cast after the closing instant, left out.
    pub late: u64,
    /// O-members' votes where they only comment, left out.
    pub comments_only: u64,
    /// SR: confirm, revise, withdraw among P-members.
    pub confirm: u64,
    /// SR: revise.
    pub revise: u64,
    /// SR: withdraw.
    pub withdraw: u64,
    /// NP: commitments to participate from P-members that approved.
    pub commitments: u64,
}

/// The outcome with everything that led to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BallotResult {
    /// The outcome.
    pub outcome: Outcome,
    /// SR: the option that carried, if one did.
    pub decision: Option<Position>,
    /// Every criterion, in order.
    pub criteria: Vec<Criterion>,
    /// The counts.
    pub counts: Counts,
}

fn share(name: &'static str, part: u64, whole: u64, threshold: Ratio) -> Criterion {
    Criterion {
        name,
        met: threshold.reached(part, whole),
        numerator: part,
        denominator: whole,
        threshold: Some(threshold),
        at_most: false,
    }
}

/// Counts the votes that count: cast in time, by those whose votes count for this type.
fn count(kind: BallotKind, votes: &[Vote], closes_at: i64) -> Counts {
    let mut c = Counts::default();
    for v in votes {
        if v.cast_at > closes_at {
            c.late += 1;
            continue;
        }
        if v.voter == Voter::O && !kind.o_members_vote() {
            c.comments_only += 1;
            continue;
        }
        let p = v.voter == Voter::P;
        match v.position {
            Position::Approve => {
                if p {
                    c.p_approve += 1;
                    if v.commits {
                        c.commitments += 1;
                    }
                } else {
                    c.o_approve += 1;
                }
            }
            Position::Disapprove if kind.disapproval_needs_reasons() && !v.has_reasons => {
                c.without_reasons += 1;
            }
            Position::Disapprove if p => c.p_disapprove += 1,
            Position::Disapprove => c.o_disapprove += 1,
            Position::Abstain if p => c.p_abstain += 1,
            Position::Abstain => c.o_abstain += 1,
            Position::Confirm if p => c.confirm += 1,
            Position::Revise if p => c.revise += 1,
            Position::Withdraw if p => c.withdraw += 1,
            Position::Confirm | Position::Revise | Position::Withdraw => c.comments_only += 1,
        }
    }
    c
}

/// The weighted approvals and disapprovals among the votes that count.
fn weighted(
    kind: BallotKind,
    votes: &[Vote],
    closes_at: i64,
    weights: &[(String, u64)],
) -> (u64, u64) {
    let weight = |code: &str| {
        weights
            .iter()
            .find(|(c, _)| c == code)
            .map_or(1, |(_, w)| *w)
    };
    let mut yes = 0;
    let mut no = 0;
    for v in votes {
        if v.cast_at > closes_at || (v.voter == Voter::O && !kind.o_members_vote()) {
            continue;
        }
        match v.position {
            Position::Approve => yes += weight(&v.member_body),
            Position::Disapprove if !kind.disapproval_needs_reasons() || v.has_reasons => {
                no += weight(&v.member_body)
            }
            _ => {}
        }
    }
    (yes, no)
}

/// The outcome of a closed ballot of `kind` under `profile`, for a committee that had
/// `p_members` P-members when the ballot opened, from the member bodies' current `votes`.
pub fn decide(
    kind: BallotKind,
    profile: &RuleProfile,
    p_members: u64,
    votes: &[Vote],
    closes_at: i64,
) -> BallotResult {
    let counts = count(kind, votes, closes_at);
    let p_cast = counts.p_approve + counts.p_disapprove;
    let mut criteria = Vec::new();
    let mut decision = None;

    if let RuleFamily::ChairConsensus = profile.family {
        return BallotResult {
            outcome: Outcome::ChairDeterminationRequired,
            decision,
            criteria,
            counts,
        };
    }

    // The approval criterion: counted, or weighted.
    let approval =
        |name: &'static str, threshold: Ratio, criteria: &mut Vec<Criterion>| match &profile.family
        {
            RuleFamily::Weighted { weights, threshold } => {
                let (yes, no) = weighted(kind, votes, closes_at, weights);
                criteria.push(share(
                    "criterion-weighted-approval",
                    yes,
                    yes + no,
                    *threshold,
                ));
            }
            _ => criteria.push(share(name, counts.p_approve, p_cast, threshold)),
        };

    let outcome = match kind {
        BallotKind::Np => {
            approval("criterion-p-approval", profile.np_approval, &mut criteria);
            let needed = if p_members >= profile.np_large_committee {
                profile.np_participants_large
            } else {
                profile.np_participants_small
            };
            criteria.push(Criterion {
                name: "criterion-participation",
                met: counts.commitments >= needed,
                numerator: counts.commitments,
                denominator: needed,
                threshold: None,
                at_most: false,
            });
            all_met(&criteria)
        }
        BallotKind::Cd => {
            approval("criterion-p-approval", profile.cd_consensus, &mut criteria);
            if criteria.iter().all(|c| c.met) {
                Outcome::ConsensusRecommended
            } else {
                Outcome::NotApproved
            }
        }
        BallotKind::Dis | BallotKind::Fdis => {
            approval(
                "criterion-p-approval",
                profile.enquiry_approval,
                &mut criteria,
            );
            let all_no = counts.p_disapprove + counts.o_disapprove;
            let all_cast = counts.p_approve + counts.o_approve + all_no;
            let limit = profile.enquiry_max_negative;
            criteria.push(Criterion {
                name: "criterion-negative-votes",
                // At most the limit: `4*no <= all`; and no votes at all is not a pass.
                met: all_cast > 0 && limit.den * all_no <= limit.num * all_cast,
                numerator: all_no,
                denominator: all_cast,
                threshold: Some(limit),
                at_most: true,
            });
            all_met(&criteria)
        }
        BallotKind::Sr => {
            let cast = counts.confirm + counts.revise + counts.withdraw;
            for (name, position, n) in [
                ("criterion-sr-confirm", Position::Confirm, counts.confirm),
                ("criterion-sr-revise", Position::Revise, counts.revise),
                ("criterion-sr-withdraw", Position::Withdraw, counts.withdraw),
            ] {
                let c = share(name, n, cast, profile.sr_majority);
                if c.met {
                    decision = Some(position);
                }
                criteria.push(c);
            }
            if decision.is_some() {
                Outcome::Approved
            } else {
                Outcome::NotApproved
            }
        }
        BallotKind::Cib => {
            approval("criterion-p-approval", profile.cib_majority, &mut criteria);
            all_met(&criteria)
        }
    };
    BallotResult {
        outcome,
        decision,
        criteria,
        counts,
    }
}

fn all_met(criteria: &[Criterion]) -> Outcome {
    if criteria.iter().all(|c| c.met) {
        Outcome::Approved
    } else {
        Outcome::NotApproved
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Outcome::*;
    use Position::*;

    const CLOSES: i64 = 1_000;

    /// Votes from a compact description: "P+", "P-", "P-r" (with reasons), "P0" (abstain),
    /// "P+c" (approve, committing), "O+", "O-r", "Pc"/"Pv"/"Pw" (SR), "!P+" (late).
    fn votes(spec: &str) -> Vec<Vote> {
        spec.split_whitespace()
            .enumerate()
            .map(|(i, s)| {
                let (late, s) = match s.strip_prefix('!') {
                    Some(rest) => (true, rest),
                    None => (false, s),
                };
                let voter = if s.starts_with('P') {
                    Voter::P
                } else {
                    Voter::O
                };
                let rest = &s[1..];
                let position = match rest.chars().next() {
                    Some('+') => Approve,
                    Some('-') => Disapprove,
                    Some('0') => Abstain,
                    Some('c') => Confirm,
                    Some('v') => Revise,
                    Some('w') => Withdraw,
                    _ => panic!("bad vote {s}"),
                };
                Vote {
                    member_body: format!("MB{i}"),
                    voter,
                    position,
                    has_reasons: rest[1..].contains('r'),
                    commits: rest[1..].contains('c'),
                    cast_at: if late { CLOSES + 1 } else { CLOSES },
                }
            })
            .collect()
    }

    fn outcome(kind: BallotKind, p_members: u64, spec: &str) -> Outcome {
        decide(
            kind,
            &RuleProfile::default(),
            p_members,
            &votes(spec),
            CLOSES,
        )
        .outcome
    }

    #[test]
    fn ratios_are_compared_in_integers() {
        let two_thirds = Ratio::at_least(2, 3);
        assert!(two_thirds.reached(2, 3), "exactly 2/3 passes");
        assert!(two_thirds.reached(8, 12));
        assert!(!two_thirds.reached(7, 11));
        assert!(!two_thirds.reached(0, 0), "nothing cast is never reached");
        let majority = Ratio::more_than(1, 2);
        assert!(!majority.reached(2, 4), "a tie is not a majority");
        assert!(majority.reached(3, 5));
    }

    #[test]
    #[rustfmt::skip]
    fn new_work_item_proposals() {
        let table: &[(u64, &str, Outcome, &str)] = &[
            // 2/3 of P-members voting, and 4 commitments (committee of up to 16 P-members).
            (10, "P+c P+c P+c P+c P-r P-",          Approved,    "4 of 6 = exactly 2/3, 4 commitments"),
            (10, "P+c P+c P+c P+c P- P- P-",        NotApproved, "4 of 7 < 2/3"),
            (10, "P+c P+c P+c P+ P0 P0",            NotApproved, "3 commitments of 4 needed"),
            (16, "P+c P+c P+c P+c",                 Approved,    "16 P-members: 4 commitments"),
            (17, "P+c P+c P+c P+c",                 NotApproved, "17 P-members: 5 needed"),
            (17, "P+c P+c P+c P+c P+c",             Approved,    "17 P-members: 5 commitments"),
            // Abstentions do not count; zero valid votes is not an approval.
            (10, "P+c P+c P+c P+c P0 P0 P0 P0 P0",  Approved,    "abstentions left out"),
            (10, "P0 P0 P0",                        NotApproved, "only abstentions"),
            (10, "",                                NotApproved, "no votes"),
            // Only commitments from P-members that approved count; O-members comment only.
            (10, "P+c P+c P+c P+ P+ P-c",           NotApproved, "a disapprover's commitment does not count"),
            (10, "P+c P+c P+c P+ P+ P+c",           Approved,    "the same commitment from an approver counts"),
            (10, "P+c P+c P+c P+c O-r O-r O-r O-r O-r", Approved, "O-member votes left out"),
            (10, "P+c P+c P+c O+c O+c",             NotApproved, "O-member commitments do not count"),
            // A late vote does not count.
            (10, "P+c P+c P+c P+c !P- !P- !P- !P-", Approved,    "late disapprovals left out"),
            (10, "P+c P+c P+c !P+c",                NotApproved, "a late commitment left out"),
        ];
        for (p_members, spec, expected, why) in table {
            assert_eq!(outcome(BallotKind::Np, *p_members, spec), *expected, "{why}: {spec}");
        }
    }

    #[test]
    fn the_np_threshold_is_a_setting() {
        let majority = RuleProfile {
            np_approval: Ratio::more_than(1, 2),
            ..RuleProfile::default()
        };
        let spec = votes("P+c P+c P+c P+c P- P- P-");
        assert_eq!(
            decide(BallotKind::Np, &RuleProfile::default(), 10, &spec, CLOSES).outcome,
            NotApproved
        );
        assert_eq!(
            decide(BallotKind::Np, &majority, 10, &spec, CLOSES).outcome,
            Approved
        );
    }

    #[test]
    #[rustfmt::skip]
    fn committee_drafts_recommend_consensus() {
        let table: &[(&str, Outcome)] = &[
            ("P+ P+ P-",          ConsensusRecommended), // exactly 2/3
            ("P+ P+ P- P-",       NotApproved),
            ("P+ P+ P- O- O- O-", ConsensusRecommended), // O-members comment only
            ("P0 P0",             NotApproved),
            ("",                  NotApproved),
        ];
        for (spec, expected) in table {
            assert_eq!(outcome(BallotKind::Cd, 10, spec), *expected, "{spec}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn enquiry_and_approval_drafts() {
        let table: &[(&str, Outcome, &str)] = &[
            ("P+ P+ P-r",                 NotApproved, "exactly 2/3 of P, but 1 of 3 negative > 1/4"),
            ("P+ P+ P+ P-r",              Approved,    "3/4 of P, negative exactly 1/4"),
            ("P+ P+ P-r O+ O+",           Approved,    "exactly 2/3 of P; 1 of 5 negative"),
            ("P+ P+ P+ P+ P+ P+ P-r P-r P-r", NotApproved, "6 of 9 P = 2/3, but 3 of 9 > 1/4"),
            ("P+ P+ P+ P+ P+ P+ P+ P+ P-r P-r P-r O+", Approved, "8 of 11 P; 3 of 12 = exactly 1/4"),
            ("P+ P+ P+ P+ P+ P+ P+ P+ P-r P-r P-r P-r", NotApproved, "8 of 12 P ok, 4 of 12 > 1/4"),
            ("P+ P+ P+ P+ P+ P+ P-r P-r", Approved,    "6 of 8 P, 2 of 8 = exactly 1/4"),
            ("P+ P+ P+ P-r P-r",          NotApproved, "3 of 5 P < 2/3"),
            // Negative votes without technical reasons are not counted.
            ("P+ P+ P+ P- P- P-",         Approved,    "three unreasoned negatives left out"),
            ("P+ P+ P-r P-r P-",          NotApproved, "2 of 4 < 2/3"),
            // O-member votes count in (b) only.
            ("P+ P+ P+ O-r O-r",          NotApproved, "2 of 5 all votes negative > 1/4"),
            ("P+ P+ P+ P-r O+ O+ O+ O+",  Approved,    "O approvals widen (b): 1 of 8"),
            ("P+ P- P-r O+ O+ O+ O+ O+",  NotApproved, "O approvals do not help (a): 1 of 2 P"),
            ("O+ O+ O+",                  NotApproved, "no P-member vote: (a) not met"),
            // Abstentions, nothing valid, late votes.
            ("P+ P+ P+ P0 P0 P0 P0 P0",   Approved,    "abstentions left out"),
            ("P0 P0 O0",                  NotApproved, "zero valid votes"),
            ("P- P- P-",                  NotApproved, "only unreasoned negatives: zero valid votes"),
            ("P+ P+ P+ !P-r !P-r",        Approved,    "late negatives left out"),
        ];
        for (spec, expected, why) in table {
            assert_eq!(outcome(BallotKind::Dis, 10, spec), *expected, "DIS {why}: {spec}");
            assert_eq!(outcome(BallotKind::Fdis, 10, spec), *expected, "FDIS {why}: {spec}");
        }
    }

    #[test]
    fn enquiry_criteria_carry_their_numbers() {
        let result = decide(
            BallotKind::Dis,
            &RuleProfile::default(),
            12,
            &votes("P+ P+ P+ P+ P+ P+ P+ P+ P-r P-r P-r P-r P0 O-r"),
            CLOSES,
        );
        assert_eq!(result.criteria[0].name, "criterion-p-approval");
        assert_eq!(
            (
                result.criteria[0].numerator,
                result.criteria[0].denominator,
                result.criteria[0].met
            ),
            (8, 12, true)
        );
        assert_eq!(result.criteria[1].name, "criterion-negative-votes");
        assert_eq!(
            (
                result.criteria[1].numerator,
                result.criteria[1].denominator,
                result.criteria[1].met
            ),
            (5, 13, false)
        );
        assert_eq!(result.counts.p_abstain, 1);
        assert_eq!(result.outcome, NotApproved);
    }

    #[test]
    #[rustfmt::skip]
    fn systematic_reviews() {
        let table: &[(&str, Outcome, Option<Position>)] = &[
            ("Pc Pc Pc Pv Pw", Approved,    Some(Confirm)),
            ("Pc Pv Pv Pv",    Approved,    Some(Revise)),
            ("Pc Pc Pv Pv",    NotApproved, None), // a tie carries nothing
            ("Pc Pv Pw",       NotApproved, None),
            ("Pw Pw Oc Oc Oc", Approved,    Some(Withdraw)), // O-members do not count
            ("",               NotApproved, None),
        ];
        for (spec, expected, decision) in table {
            let result = decide(BallotKind::Sr, &RuleProfile::default(), 10, &votes(spec), CLOSES);
            assert_eq!((result.outcome, result.decision), (*expected, *decision), "{spec}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn internal_ballots_need_a_majority_and_a_tie_is_not_one() {
        let table: &[(&str, Outcome)] = &[
            ("P+ P+ P-",    Approved),
            ("P+ P-",       NotApproved),
            ("P+ P- P0 P0", NotApproved),
            ("P+ P0 P0",    Approved),
            ("O+ O+ P-",    NotApproved),
            ("",            NotApproved),
            ("P+ !P- !P-",  Approved),
        ];
        for (spec, expected) in table {
            assert_eq!(outcome(BallotKind::Cib, 10, spec), *expected, "{spec}");
        }
    }

    #[test]
    fn weighted_votes_and_chair_judged_consensus() {
        let weighted = RuleProfile {
            family: RuleFamily::Weighted {
                weights: vec![("MB0".into(), 29), ("MB1".into(), 10), ("MB2".into(), 3)],
                threshold: Ratio::at_least(71, 100),
            },
            ..RuleProfile::default()
        };
        // 29 + 3 = 32 for, 10 against: 76% ≥ 71%.
        let result = decide(BallotKind::Cib, &weighted, 3, &votes("P+ P- P+"), CLOSES);
        assert_eq!(result.outcome, Approved);
        assert_eq!(
            (result.criteria[0].numerator, result.criteria[0].denominator),
            (32, 42)
        );
        // 29 against, 13 for: 31%.
        let result = decide(BallotKind::Cib, &weighted, 3, &votes("P- P+ P+"), CLOSES);
        assert_eq!(result.outcome, NotApproved);

        let chair = RuleProfile {
            family: RuleFamily::ChairConsensus,
            ..RuleProfile::default()
        };
        for kind in BallotKind::ALL {
            let result = decide(kind, &chair, 3, &votes("P+ P+ P+"), CLOSES);
            assert_eq!(result.outcome, ChairDeterminationRequired, "{kind:?}");
            assert!(result.criteria.is_empty(), "never a bare number");
        }
    }

    #[test]
    fn profiles_are_read_from_their_stored_form() {
        assert_eq!(RuleProfile::from_stored(None), Ok(RuleProfile::default()));
        let majority = RuleProfile::from_stored(Some(
            r#"{"family": "iso", "np_approval": {"num": 1, "den": 2, "strict": true}}"#,
        ));
        assert_eq!(
            majority.map(|p| p.np_approval),
            Ok(Ratio::more_than(1, 2)),
            "one setting changed, the others ISO's"
        );
        let chair = RuleProfile::from_stored(Some(r#"{"family": "chair_consensus"}"#));
        assert_eq!(chair.map(|p| p.family), Ok(RuleFamily::ChairConsensus));
        let weighted = RuleProfile::from_stored(Some(
            r#"{"family": "weighted", "weights": [["AFNOR", 29]], "threshold": {"num": 71, "den": 100}}"#,
        ));
        assert!(matches!(
            weighted.map(|p| p.family),
            Ok(RuleFamily::Weighted { .. })
        ));
        assert_eq!(
            RuleProfile::from_stored(Some("{not json")),
            Err(UnreadableProfile)
        );
        // The stored form of the default reads back as the default.
        let stored = serde_json::to_string(&RuleProfile::default()).unwrap_or_default();
        assert_eq!(
            RuleProfile::from_stored(Some(&stored)),
            Ok(RuleProfile::default())
        );
    }

    #[test]
    fn who_votes_and_when_a_ballot_may_close() {
        assert!(BallotKind::Np.gives_vote(Some(Voter::P)));
        assert!(
            !BallotKind::Np.gives_vote(Some(Voter::O)),
            "O-members comment only on an NP"
        );
        assert!(BallotKind::Dis.gives_vote(Some(Voter::O)));
        assert!(
            !BallotKind::Dis.gives_vote(None),
            "a liaison or a stranger has no vote"
        );
        assert!(check_close(10, 5, 3).is_ok(), "the closing time has passed");
        assert!(check_close(1, 5, 0).is_ok(), "every P-member has voted");
        assert!(check_close(1, 5, 2).is_err());
        for p in Position::ALL {
            assert_eq!(Position::from_code(p.code()), Some(p));
        }
    }

    #[test]
    fn kinds_round_trip_and_offer_their_positions() {
        for kind in BallotKind::ALL {
            assert_eq!(BallotKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(BallotKind::Sr.positions(), &[Confirm, Revise, Withdraw]);
        let arso = crate::domain::documents::DraftNames::parse("WD,CD,DARS,FDARS");
        let smiic = crate::domain::documents::DraftNames::parse("WD,CD,DS,FDS");
        assert_eq!(BallotKind::Dis.name(&arso), "DARS");
        assert_eq!(BallotKind::Fdis.name(&smiic), "FDS");
        assert_eq!(BallotKind::Cd.name(&arso), "CD");
        assert_eq!(BallotKind::Np.name(&arso), "NP");
        assert_eq!(BallotKind::Dis.default_weeks(), 12);
        assert_eq!(BallotKind::Fdis.default_weeks(), 8);
        assert!(BallotKind::Dis.o_members_vote() && !BallotKind::Np.o_members_vote());
    }

    #[test]
    fn lengths_are_settings_and_shorter_ballots_are_marked() {
        let iso = RuleProfile::default();
        assert_eq!(iso.weeks.of(BallotKind::Dis), 12);
        assert_eq!(iso.weeks.of(BallotKind::Sr), 20);
        // Counted in days: opened on day 0, a 12-week ballot closes on day 84 or later.
        assert!(!is_shorter_than_default(&iso, BallotKind::Dis, 0, 84));
        assert!(!is_shorter_than_default(&iso, BallotKind::Dis, 100, 200));
        assert!(is_shorter_than_default(&iso, BallotKind::Dis, 0, 83));
        assert!(is_shorter_than_default(&iso, BallotKind::Fdis, 10, 65));
        let own = RuleProfile::from_stored(Some(r#"{"family": "iso", "weeks": {"dis": 8}}"#))
            .expect("readable");
        assert_eq!(
            (own.weeks.dis, own.weeks.np),
            (8, 12),
            "unset lengths keep ISO's"
        );
        assert!(!is_shorter_than_default(&own, BallotKind::Dis, 0, 56));
        assert!(is_shorter_than_default(&own, BallotKind::Dis, 0, 55));
        assert!(BallotKind::Cib.may_record_late_vote());
        assert!(!BallotKind::Dis.may_record_late_vote());
    }

    #[test]
    #[rustfmt::skip]
    fn participation_flags_missed_required_ballots_and_over_a_fifth_of_internal_ones() {
        use BallotKind::{Cd, Cib, Dis, Fdis, Np, Sr};
        let p = |kind, voted| Participation { kind, voted };
        let iso = RuleProfile::default();
        // (ballots, flagged, missed, internal missed of internal)
        type Row = (Vec<Participation>, bool, u64, (u64, u64));
        let table: Vec<Row> = vec![
            (vec![], false, 0, (0, 0)),
            (vec![p(Dis, true), p(Fdis, true), p(Sr, true)], false, 0, (0, 0)),
            (vec![p(Dis, false)], true, 1, (0, 0)),
            (vec![p(Fdis, false), p(Cib, true)], true, 1, (0, 1)),
            (vec![p(Sr, false)], true, 1, (0, 0)),
            // NP and CD never flag on their own.
            (vec![p(Np, false), p(Cd, false)], false, 2, (0, 0)),
            // Exactly 1 of 5 internal ballots (20%) is not more than 20%.
            (vec![p(Cib, false), p(Cib, true), p(Cib, true), p(Cib, true), p(Cib, true)], false, 1, (1, 5)),
            // 2 of 9 (22%) is.
            ([vec![p(Cib, false); 2], vec![p(Cib, true); 7]].concat(), true, 2, (2, 9)),
        ];
        for (ballots, flagged, missed, internal) in table {
            let s = participation(&iso, &ballots, true);
            assert_eq!(s.flagged, flagged, "{ballots:?}");
            assert!(!participation(&iso, &ballots, false).flagged, "an O-member now is never flagged");
            assert_eq!(s.missed, missed, "{ballots:?}");
            assert_eq!((s.internal_missed, s.internal), internal, "{ballots:?}");
            assert_eq!(s.ballots, ballots.len() as u64);
        }
    }

    #[test]
    fn profiles_read_from_and_back_to_form_fields() {
        assert_eq!(Ratio::parse("2/3"), Some(Ratio::at_least(2, 3)));
        assert_eq!(Ratio::parse(" > 1 / 2 "), Some(Ratio::more_than(1, 2)));
        for bad in ["", "3/2", "1/0", "half", "-1/2", "2/3/4"] {
            assert_eq!(Ratio::parse(bad), None, "{bad}");
        }
        let iso = RuleProfile::default();
        let fields = iso.to_fields();
        assert_eq!(fields.len(), RULE_FIELDS.len());
        let get = |fields: &[(String, String)], name: &str| {
            fields
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        assert_eq!(get(&fields, "sr_majority"), ">1/2");
        assert_eq!(get(&fields, "notice_plenary_agenda"), "16");
        for (name, _) in super::super::meetings::MeetingNotice::FIELDS {
            assert!(RULE_FIELDS.contains(&name), "{name}");
        }
        assert_eq!(RuleProfile::from_fields(|n| get(&fields, n)), Ok(iso));

        // CEN-style weights, a simple majority for NP, 8-week enquiries.
        let mut own = fields.clone();
        let set = |fields: &mut Vec<(String, String)>, name: &str, value: &str| {
            if let Some(f) = fields.iter_mut().find(|(k, _)| k == name) {
                f.1 = value.to_string();
            }
        };
        set(&mut own, "family", "weighted");
        set(&mut own, "weights", "afnor 29\nKEBS 10\n\n");
        set(&mut own, "weighted_threshold", "71/100");
        set(&mut own, "np_approval", ">1/2");
        set(&mut own, "weeks_dis", "8");
        set(&mut own, "notice_wg_agenda", "5");
        let read = RuleProfile::from_fields(|n| get(&own, n)).expect("readable");
        assert_eq!(
            read.family,
            RuleFamily::Weighted {
                weights: vec![("AFNOR".into(), 29), ("KEBS".into(), 10)],
                threshold: Ratio::at_least(71, 100)
            }
        );
        assert_eq!(
            (read.np_approval, read.weeks.dis, read.meetings.wg_agenda),
            (Ratio::more_than(1, 2), 8, 5)
        );

        // Every bad field is named.
        set(&mut own, "enquiry_approval", "3/2");
        set(&mut own, "weeks_sr", "0");
        set(&mut own, "weights", "KEBS ten");
        set(&mut own, "family", "lottery");
        set(&mut own, "notice_minutes", "53");
        let errors = RuleProfile::from_fields(|n| get(&own, n)).expect_err("refused");
        let names: Vec<_> = errors.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            vec!["enquiry_approval", "weeks_sr", "notice_minutes", "family"]
        );
    }
}
