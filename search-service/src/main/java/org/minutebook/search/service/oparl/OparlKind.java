package org.minutebook.search.service.oparl;

/**
 * The OParl lists the read models answer, each one query over the public views (published_*), so that a draft is
 * never counted. Every query yields (key, meeting id, name, date, deleted, created, modified); {@code %1$s} takes a
 * key condition and {@code %2$s} the window's conditions on the created and modified columns.
 */
public enum OparlKind {

    /** A committee: its meetings' first record and last change. */
    ORGANIZATION("""
            SELECT committee, CAST(NULL AS text), committee, min(date), false, min(recorded_at), max(changed_at)
            FROM published_meeting WHERE true %1$s GROUP BY committee HAVING true %2$s""",
            "committee", "min(recorded_at)", "max(changed_at)", "3, 1"),

    /** Anyone listed at a public meeting, in any capacity. */
    PERSON("""
            SELECT CAST(p.id AS text), CAST(NULL AS text), p.name, min(m.date), false, min(m.recorded_at),
                max(m.changed_at)
            FROM person p JOIN published_attendance a ON a.person_id = p.id
                JOIN published_meeting m ON m.id = a.meeting_id
            WHERE true %1$s GROUP BY p.id, p.name HAVING true %2$s""",
            "CAST(p.id AS text)", "min(m.recorded_at)", "max(m.changed_at)", "3, 1"),

    /** Who sat on a committee: listed as present or sending apologies (officers and guests are not members). */
    MEMBERSHIP("""
            SELECT CAST(a.person_id AS text) || '|' || m.committee, CAST(NULL AS text), m.committee, min(m.date), false,
                min(m.recorded_at), max(m.changed_at)
            FROM published_attendance a JOIN published_meeting m ON m.id = a.meeting_id
            WHERE a.kind IN ('PRESENT', 'APOLOGY') AND a.person_id IS NOT NULL %1$s
            GROUP BY a.person_id, m.committee HAVING true %2$s""",
            "CAST(a.person_id AS text)", "min(m.recorded_at)", "max(m.changed_at)", "1"),

    MEETING("""
            SELECT CAST(id AS text), CAST(id AS text), committee, date, false, recorded_at, changed_at
            FROM published_meeting WHERE true %1$s %2$s""",
            "CAST(id AS text)", "recorded_at", "changed_at", "4 DESC, 3, 1"),

    /**
     * Every item of a public meeting, and (for a client syncing changes, or asking for one) the items a correction
     * removed while their meeting was public.
     */
    AGENDA_ITEM("""
            SELECT CAST(i.id AS text), CAST(i.meeting_id AS text), i.title, i.meeting_date, false, i.recorded_at,
                i.changed_at
            FROM published_item i WHERE true %1$s %2$s""",
            "CAST(i.id AS text)", "i.recorded_at", "i.changed_at", "4 DESC, 2, 1"),

    /** An item that was decided: the only items with a Paper and a Consultation. A restricted item has neither. */
    PAPER("""
            SELECT CAST(i.id AS text), CAST(i.meeting_id AS text), i.title, i.meeting_date, false, i.recorded_at,
                i.changed_at
            FROM published_item i
            WHERE NOT i.restricted AND EXISTS (SELECT 1 FROM published_resolution r WHERE r.item_id = i.id)
                %1$s %2$s""",
            "CAST(i.id AS text)", "i.recorded_at", "i.changed_at", "4 DESC, 2, 1");

    /** Superseded agenda items: their meeting's first record stands in as created, the superseding is the change. */
    static final String REMOVED_ITEMS = """
            SELECT CAST(t.record_id AS text), CAST(t.meeting_id AS text), CAST(NULL AS text), m.date, true,
                m.recorded_at, t.superseded_at
            FROM tombstone t JOIN published_meeting m ON m.id = t.meeting_id
            WHERE t.kind = 'ITEM' AND t.was_public %1$s %2$s""";

    /**
     * Items of a public meeting that have no Paper now (undecided, or restricted by a correction): to a client syncing
     * Papers their Paper is gone. Some never had one, and a restricted one looks the same as those: a client drops
     * what it never held, and learns nothing of a restricted decision.
     */
    static final String PAPERLESS_ITEMS = """
            SELECT CAST(i.id AS text), CAST(i.meeting_id AS text), CAST(NULL AS text), i.meeting_date, true,
                i.recorded_at, i.changed_at
            FROM published_item i
            WHERE (i.restricted OR NOT EXISTS (SELECT 1 FROM published_resolution r WHERE r.item_id = i.id))
                %1$s %2$s""";

    final String sql;
    final String key;
    final String created;
    final String modified;
    final String order;

    OparlKind(String sql, String key, String created, String modified, String order) {
        this.sql = sql;
        this.key = key;
        this.created = created;
        this.modified = modified;
        this.order = order;
    }
}
