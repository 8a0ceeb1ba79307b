package org.minutebook.meetings.messaging;

import static org.minutebook.messaging.EventTypes.ITEM_RECORDED;
import static org.minutebook.messaging.EventTypes.MEETING_PUBLISHED;
import static org.minutebook.messaging.EventTypes.MEETING_RECORDED;
import static org.minutebook.messaging.EventTypes.MEETING_SUPERSEDED;
import static org.minutebook.messaging.EventTypes.MINUTES_APPROVED;
import static org.minutebook.messaging.EventTypes.RESOLUTION_RECORDED;

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
import org.minutebook.messaging.outbox.Outbox;

/**
 * Where the events on {@code minutes.meetings} are born: one meeting gives {@code meeting.recorded}, then per item
 * {@code item.recorded} followed by its {@code resolution.recorded}s, appended to the outbox in that order under the
 * meeting's id. Shapes pinned by the contract examples.
 */
public final class MeetingEvents {

    public record MeetingRecorded(UUID meetingId, String committee, LocalDate date,
            String startTime, String location, String status, int itemCount,
            AttendanceRecord attendance) {
    }

    public record ItemRecorded(UUID meetingId, String committee, LocalDate date, UUID itemId, int position,
            String number, String minuteReference, String title, boolean restricted, String text,
            List<DeclarationRecord> declarations,
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
    public static void statusChanged(Outbox outbox, Meeting meeting, Instant now) {
        String type = switch (meeting.status) {
            case PUBLISHED -> MEETING_PUBLISHED;
            case APPROVED -> MINUTES_APPROVED;
            case DRAFT -> throw new IllegalArgumentException("A meeting does not move back to DRAFT");
        };
        outbox.append(meeting.id, type, now,
                new StatusChanged(meeting.id, meeting.committee, meeting.date, meeting.status.name(), now));
    }

    public static void superseded(Outbox outbox, Meeting meeting, Instant now) {
        outbox.append(meeting.id, MEETING_SUPERSEDED, now,
                new MeetingSuperseded(meeting.id, meeting.committee, meeting.date));
    }

    public static void recorded(Outbox outbox, Meeting meeting, Instant now) {
        outbox.append(meeting.id, MEETING_RECORDED, now, meetingRecorded(meeting));
        for (Item item : meeting.items) {
            outbox.append(meeting.id, ITEM_RECORDED, now, itemRecorded(meeting, item));
            for (Resolution r : item.resolutions) {
                outbox.append(meeting.id, RESOLUTION_RECORDED, now,
                        new ResolutionRecorded(meeting.id, meeting.committee, meeting.date, item.id, item.number,
                                item.title, item.restricted, r.id, r.position, r.text, r.outcome.name()));
            }
        }
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
                item.minuteReference, item.title, item.restricted, item.text, record.declarations(), actions,
                record.deferral());
    }
}
