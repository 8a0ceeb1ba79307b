package org.minutebook.actions.rest;

import org.minutebook.actions.domain.Assignee;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.service.PersonKeys;
import org.minutebook.shared.security.Caller;

/**
 * Whether an action is an officer's to change: one of its assignees is them (their token's name, compared the way
 * names are across meetings) or belongs to their organisation (the token's organisation claim).
 */
final class Ownership {

    private Ownership() {
    }

    static boolean isTheirs(TrackedAction action, Caller caller) {
        String name = caller.name().map(PersonKeys::nameKey).orElse(null);
        String organisation = caller.organisation().map(PersonKeys::organisationKey).orElse(null);
        for (Assignee assignee : action.assignees) {
            if (name != null && assignee.name != null && name.equals(PersonKeys.nameKey(assignee.name))) {
                return true;
            }
            if (organisation != null && assignee.organisation != null
                    && organisation.equals(PersonKeys.organisationKey(assignee.organisation))) {
                return true;
            }
        }
        return false;
    }
}
