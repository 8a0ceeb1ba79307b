package org.minutebook.meetings.record;

public enum MeetingStatus {
    DRAFT, PUBLISHED, APPROVED
}
