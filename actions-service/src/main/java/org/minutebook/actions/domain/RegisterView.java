package org.minutebook.actions.domain;

/**
 * Which meetings the register is worked out from. Officers and clerks see it from every meeting recorded; the public
 * from published meetings only, as if drafts did not exist until they are published. Resolutions, carries and
 * next-meeting due dates are kept for both, so that what a draft does to earlier entries reaches the public only with
 * the draft itself. Each constant names what its queries read (entity fields, and the carry table).
 */
public enum RegisterView {

    ALL("", "", "status", "resolvedMeetingDate", "deferral_carry"), PUBLIC(" and status <> 'DRAFT'",
            " and meetingId in (select m.id from Meeting m where m.status <> 'DRAFT')",
            "publicStatus", "publicResolvedMeetingDate", "deferral_public_carry");

    /** Appended to a query of Meeting, of MeetingItem: only the meetings (and their items) this view counts. */
    public final String meetings;
    public final String items;
    /** Deferral's fields for this view's status and the date of the meeting that took the item. */
    public final String status;
    public final String resolvedDate;
    /** Rows (deferral_id, meeting_id, meeting_date): the meetings held without the item. */
    public final String carryTable;

    RegisterView(String meetings, String items, String status, String resolvedDate, String carryTable) {
        this.meetings = meetings;
        this.items = items;
        this.status = status;
        this.resolvedDate = resolvedDate;
        this.carryTable = carryTable;
    }

    /** @param seesDrafts an officer or clerk */
    public static RegisterView of(boolean seesDrafts) {
        return seesDrafts ? ALL : PUBLIC;
    }
}
