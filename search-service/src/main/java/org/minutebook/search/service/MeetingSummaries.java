package org.minutebook.search.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.minutebook.search.domain.Meeting;
import org.minutebook.search.service.MeetingRecord.ActionRecord;
import org.minutebook.search.service.MeetingRecord.Attendee;
import org.minutebook.search.service.MeetingRecord.DeferralRecord;
import org.minutebook.search.service.MeetingRecord.ItemRecord;
import org.minutebook.search.service.MeetingRecord.ResolutionRecord;
import org.minutebook.shared.problem.ProblemException;

/**
 * Assembles a meeting's summary from the read-model tables: four queries, whatever the number of items. A restricted
 * item shows its number, title and deferral, never its text nor its actions (not even how many are open).
 */
@ApplicationScoped
public class MeetingSummaries {

    private final EntityManager em;

    public MeetingSummaries(EntityManager em) {
        this.em = em;
    }

    public MeetingRecord find(UUID id) {
        Meeting meeting = Meeting.<Meeting>findByIdOptional(id).filter(m -> !"DRAFT".equals(m.status))
                .orElseThrow(() -> ProblemException.notFound("Meeting", id));
        Map<UUID, List<ResolutionRecord>> resolutions = rows("""
                SELECT CAST(r.item_id AS text), CAST(r.id AS text), r.position, r.outcome,
                    CASE WHEN i.restricted THEN NULL ELSE r.text END
                FROM published_resolution r JOIN published_item i ON i.id = r.item_id
                WHERE r.meeting_id = :id ORDER BY r.position, r.id""", id).stream()
                .collect(Collectors.groupingBy(row -> uuid(row[0]), Collectors.mapping(
                        row -> new ResolutionRecord(uuid(row[1]), ((Number) row[2]).intValue(), (String) row[3],
                                (String) row[4]),
                        Collectors.toList())));
        Map<UUID, List<ActionRecord>> actions = rows("""
                SELECT CAST(a.item_id AS text), CAST(a.action_id AS text), a.status, a.description
                FROM item_action a JOIN published_item i ON i.id = a.item_id
                WHERE a.meeting_id = :id AND NOT i.restricted ORDER BY a.action_id""", id).stream()
                .collect(Collectors.groupingBy(row -> uuid(row[0]), Collectors.mapping(
                        row -> new ActionRecord(uuid(row[1]), (String) row[2], (String) row[3]),
                        Collectors.toList())));
        List<ItemRecord> items = rows("""
                SELECT CAST(i.id AS text), i.position, i.number, i.title, i.restricted,
                    CASE WHEN i.restricted THEN NULL ELSE i.text END,
                    CASE WHEN i.restricted THEN 0 ELSE coalesce(s.open_actions, 0) END,
                    CAST(s.deferral_id AS text), s.deferral_status, s.deferred_until, s.deferred_until_date,
                    CASE WHEN i.restricted THEN NULL ELSE s.deferral_note END, coalesce(s.times_carried_forward, 0),
                    i.minute_reference
                FROM published_item i LEFT JOIN item_status s ON s.item_id = i.id
                WHERE i.meeting_id = :id ORDER BY i.position, i.id""", id).stream()
                .map(row -> {
                    UUID itemId = uuid(row[0]);
                    DeferralRecord deferral = row[7] == null
                            ? null
                            : new DeferralRecord(uuid(row[7]), (String) row[8], (String) row[9],
                                    DecisionRegister.toDate(row[10]), (String) row[11],
                                    ((Number) row[12]).intValue());
                    return new ItemRecord(itemId, ((Number) row[1]).intValue(), (String) row[2], (String) row[13],
                            (String) row[3],
                            (Boolean) row[4], (String) row[5], resolutions.getOrDefault(itemId, List.of()),
                            ((Number) row[6]).intValue(), actions.getOrDefault(itemId, List.of()), deferral);
                })
                .toList();
        List<Attendee> attendance = rows("""
                SELECT CAST(person_id AS text), kind, name, honorific, organisation, role FROM published_attendance
                WHERE meeting_id = :id ORDER BY kind, position""", id).stream()
                .map(row -> new Attendee(row[0] == null ? null : uuid(row[0]), (String) row[1], (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5]))
                .toList();
        return new MeetingRecord(meeting, attendance, items);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, UUID meetingId) {
        return em.createNativeQuery(sql).setParameter("id", meetingId).getResultList();
    }

    private static UUID uuid(Object value) {
        return UUID.fromString((String) value);
    }
}
