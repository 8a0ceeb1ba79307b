package org.minutebook.actions.domain;

/** OUTSTANDING until a later meeting of the committee takes the item (closing is a later issue). */
public enum DeferralStatus {
    OUTSTANDING, CLOSED
}
