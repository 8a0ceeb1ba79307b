package org.minutebook.meetings.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.minutebook.meetings.domain.Item;
import org.minutebook.meetings.domain.Meeting;
import org.minutebook.meetings.domain.Resolution;
import org.minutebook.meetings.record.ActionRecord;
import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.DeclarationRecord;
import org.minutebook.meetings.record.DeferralRecord;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.service.MeetingMapper;

/**
 * Where the events on {@code minutes.meetings} are born: one meeting gives {@code meeting.recorded}, then per item
 * {@code item.recorded} followed by its {@code resolution.recorded}s. Shapes pinned by the contract examples.
 */
public final class MeetingEvents {

    public static final String MEETING_RECORDED = "minutes.meeting.recorded";
    public static final String ITEM_RECORDED = "minutes.item.recorded";
    public static final String RESOLUTION_RECORDED = "minutes.resolution.recorded";
    public static final String MEETING_SUPERSEDED = "minutes.meeting.superseded";
    public static final String MEETING_PUBLISHED = "minutes.meeting.published";
    public static final String MINUTES_APPROVED = "minutes.minutes.approved";

    public record MeetingRecorded(UUID meetingId, String committee, LocalDate date,
            String startTime, String location, String status, int itemCount,
            AttendanceRecord attendance) {
    }

    public record ItemRecorded(UUID meetingId, String committee, LocalDate date, UUID itemId, int position,
            String number, String title, boolean restricted, String text, List<DeclarationRecord> declarations,
            List<Action> actions, DeferralRecord deferral) {
    }

    /** An action as recorded, with the id actions-service tracks it by. */
    public record Action(UUID actionId, String description, List<String> owners,
            List<org.minutebook.meetings.record.AssigneeRecord> assignees, LocalDate dueDate,
            ActionRecord.Source source) {
    }

    public record ResolutionRecorded(UUID meetingId, String committee, LocalDate date, UUID itemId, String itemNumber,
            String itemTitle, boolean restricted, UUID resolutionId, int position, String text, String outcome) {
    }

    /** Everything derived from this meeting's earlier record is void; its corrected record follows. */
    public record MeetingSuperseded(UUID meetingId, String committee, LocalDate date) {
    }

    /** The record moved on: {@code status} is PUBLISHED (public from now on) or APPROVED, as of {@code at}. */
    public record StatusChanged(UUID meetingId, String committee, LocalDate date, String status, Instant at) {
    }

    private MeetingEvents() {
    }

    /** {@code minutes.meeting.published} or {@code minutes.minutes.approved}, after the meeting's current status. */
    public static CloudEvent statusChanged(Meeting meeting, Instant now) {
        String type = switch (meeting.status) {
            case PUBLISHED -> MEETING_PUBLISHED;
            case APPROVED -> MINUTES_APPROVED;
            case DRAFT -> throw new IllegalArgumentException("A meeting does not move back to DRAFT");
        };
        return CloudEvent.of(type, meeting.id, now,
                new StatusChanged(meeting.id, meeting.committee, meeting.date, meeting.status.name(), now));
    }

    public static CloudEvent superseded(Meeting meeting, Instant now) {
        return CloudEvent.of(MEETING_SUPERSEDED, meeting.id, now,
                new MeetingSuperseded(meeting.id, meeting.committee, meeting.date));
    }

    public static List<CloudEvent> recorded(Meeting meeting, Instant now) {
        List<CloudEvent> events = new ArrayList<>();
        events.add(CloudEvent.of(MEETING_RECORDED, meeting.id, now,
                meetingRecorded(meeting)));
        for (Item item : meeting.items) {
            events.add(CloudEvent.of(ITEM_RECORDED, meeting.id, now, itemRecorded(meeting, item)));
            for (Resolution r : item.resolutions) {
                events.add(CloudEvent.of(RESOLUTION_RECORDED, meeting.id, now,
                        new ResolutionRecorded(meeting.id, meeting.committee, meeting.date, item.id, item.number,
                                item.title, item.restricted, r.id, r.position, r.text, r.outcome.name())));
            }
        }
        return events;
    }

    private static MeetingRecorded meetingRecorded(Meeting meeting) {
        var record = MeetingMapper.toRecord(meeting);
        return new MeetingRecorded(meeting.id, meeting.committee, meeting.date, record.startTime(), meeting.location,
                meeting.status.name(), meeting.items.size(), record.attendance());
    }

    private static ItemRecorded itemRecorded(Meeting meeting, Item item) {
        ItemRecord record = MeetingMapper.toRecord(item);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < item.actions.size(); i++) {
            ActionRecord a = record.actions().get(i);
            actions.add(new Action(item.actions.get(i).id, a.description(), a.owners(), a.assignees(), a.dueDate(),
                    a.source()));
        }
        return new ItemRecorded(meeting.id, meeting.committee, meeting.date, item.id, item.position, item.number,
                item.title, item.restricted, item.text, record.declarations(), actions, record.deferral());
    }
}
