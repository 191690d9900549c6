//! Who may do what: the one function that turns a person's roles into allow or deny.
//!
//! Every server function, form route and API handler asks [`decide`]; no other code turns
//! a role into a yes. The committee roles arrive with the committees issue; this file is where
//! they will be added.

/// What is known about the person asking, loaded by the server before deciding.
#[derive(Clone, Debug, Default)]
pub struct Actor {
    /// `None` for a visitor who has not signed in.
    pub user_id: Option<String>,
    /// Portal administrators run the whole installation.
    pub is_portal_admin: bool,
}

/// Something a person may try to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Read the public parts of the portal (bodies, committees).
    ViewPublic,
    /// See and change one's own account: password, tokens.
    ManageOwnAccount,
    /// Invite a new person to the portal.
    InviteUser,
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

/// Decides whether `actor` may perform `action`.
pub fn decide(actor: &Actor, action: &Action) -> Decision {
    match action {
        Action::ViewPublic => Decision::Allow,
        _ if actor.user_id.is_none() => Decision::SignInRequired,
        Action::ManageOwnAccount => Decision::Allow,
        Action::InviteUser if actor.is_portal_admin => Decision::Allow,
        Action::InviteUser => Decision::Deny,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_by_every_kind_of_actor() {
        let visitor = Actor::default();
        let user = Actor {
            user_id: Some("u1".into()),
            is_portal_admin: false,
        };
        let admin = Actor {
            user_id: Some("a1".into()),
            is_portal_admin: true,
        };
        use Decision::*;
        let table = [
            (Action::ViewPublic, [Allow, Allow, Allow]),
            (Action::ManageOwnAccount, [SignInRequired, Allow, Allow]),
            (Action::InviteUser, [SignInRequired, Deny, Allow]),
        ];
        for (action, expected) in table {
            for (actor, want) in [&visitor, &user, &admin].into_iter().zip(expected) {
                assert_eq!(decide(actor, &action), want, "{action:?} by {actor:?}");
            }
        }
    }
}
