package org.minutebook.actions.domain;

public enum DeferralUntil {
    NEXT_MEETING, DATE, UNSPECIFIED
}
