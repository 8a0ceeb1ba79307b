package org.minutebook.actions.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.minutebook.actions.domain.Assignee;
import org.minutebook.actions.domain.TrackedAction;
import org.minutebook.actions.service.PersonKeys;
import org.minutebook.shared.security.Caller;

/**
 * Whether an action is the caller's to change. A clerk may change any. An officer may change one whose assignee is
 * the person their account is bound to ({@link OfficerAccounts}: a person key of name and organisation, so a namesake
 * in another organisation is someone else), or whose assignee belongs to the organisation their token names.
 */
@RequestScoped
public class Ownership {

    private final Caller caller;
    private final OfficerAccounts accounts;
    private Optional<UUID> person;

    public Ownership(Caller caller, OfficerAccounts accounts) {
        this.caller = caller;
        this.accounts = accounts;
    }

    public boolean mayChange(TrackedAction action) {
        if (caller.isClerk()) {
            return true;
        }
        Optional<UUID> me = person();
        String organisation = caller.organisation().map(PersonKeys::organisationKey).filter(o -> !o.isEmpty())
                .orElse(null);
        for (Assignee assignee : action.assignees) {
            if (me.isPresent() && me.get().equals(personId(assignee))) {
                return true;
            }
            if (organisation != null && assignee.organisation != null
                    && organisation.equals(PersonKeys.organisationKey(assignee.organisation))) {
                return true;
            }
        }
        return false;
    }

    /** Officers change an action's progress; who it is assigned to is the clerk's to correct, as part of the record. */
    public boolean mayReassign() {
        return caller.isClerk();
    }

    private Optional<UUID> person() {
        if (person == null) {
            person = caller.account().flatMap(account -> caller.person().flatMap(name -> accounts.person(account,
                    PersonKeys.id(PersonKeys.of(name, caller.organisation().orElse(null))))));
        }
        return person;
    }

    /** Assignees recorded before people had ids have none: the id follows from the same key. */
    private static UUID personId(Assignee assignee) {
        return assignee.personId != null
                ? assignee.personId
                : PersonKeys.id(PersonKeys.of(assignee.name, assignee.organisation));
    }
}
