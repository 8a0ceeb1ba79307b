package org.minutebook.actions.domain;

/** OUTSTANDING until a later meeting of the committee takes the item, then RESOLVED with a link to where. */
public enum DeferralStatus {
    OUTSTANDING, RESOLVED
}
