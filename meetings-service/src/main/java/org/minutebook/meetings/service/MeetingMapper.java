package org.minutebook.meetings.service;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.minutebook.meetings.domain.Attendee;
import org.minutebook.meetings.domain.Declaration;
import org.minutebook.meetings.domain.Item;
import org.minutebook.meetings.domain.ItemAction;
import org.minutebook.meetings.domain.CommitteeNames;
import org.minutebook.meetings.domain.Meeting;
import org.minutebook.meetings.domain.Resolution;
import org.minutebook.meetings.record.ActionRecord;
import org.minutebook.meetings.record.AssigneeRecord;
import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.DeclarationRecord;
import org.minutebook.meetings.record.DeferralRecord;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.meetings.record.MeetingStatus;
import org.minutebook.meetings.record.PersonRecord;
import org.minutebook.meetings.record.ResolutionRecord;

/** The one place where the meeting record and the entities meet. */
public final class MeetingMapper {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private MeetingMapper() {
    }

    public static Meeting toEntity(MeetingRecord record) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.committee = record.committee().strip();
        meeting.committeeKey = CommitteeNames.key(record.committee());
        meeting.date = record.date();
        meeting.startTime = record.startTime() == null ? null : LocalTime.parse(record.startTime());
        meeting.location = record.location();
        meeting.status = Meeting.Status.DRAFT; // set by MeetingService, never by the caller
        AttendanceRecord attendance = record.attendance();
        addAttendees(meeting, Attendee.Kind.PRESENT, attendance.present());
        addAttendees(meeting, Attendee.Kind.OFFICER, attendance.officers());
        addAttendees(meeting, Attendee.Kind.IN_ATTENDANCE, attendance.inAttendance());
        addAttendees(meeting, Attendee.Kind.APOLOGY, attendance.apologies());
        for (ItemRecord itemRecord : record.items()) {
            meeting.items.add(toItem(meeting, meeting.items.size(), itemRecord));
        }
        return meeting;
    }

    private static void addAttendees(Meeting meeting, Attendee.Kind kind, List<PersonRecord> people) {
        for (int i = 0; i < people.size(); i++) {
            PersonRecord person = people.get(i);
            Attendee attendee = new Attendee();
            attendee.id = UUID.randomUUID();
            attendee.meeting = meeting;
            attendee.kind = kind;
            attendee.position = i;
            attendee.name = person.name().strip();
            attendee.honorific = person.honorific();
            attendee.organisation = person.organisation();
            attendee.role = person.role();
            meeting.attendance.add(attendee);
        }
    }

    private static Item toItem(Meeting meeting, int position, ItemRecord record) {
        Item item = new Item();
        item.id = UUID.randomUUID();
        item.meeting = meeting;
        item.position = position;
        item.number = record.number().replaceAll("\\s+", "");
        item.minuteReference = record.minuteReference() == null ? null : record.minuteReference().strip();
        item.title = record.title().strip();
        item.restricted = record.restricted();
        item.text = record.text();
        if (record.deferral() != null) {
            item.deferralUntil = Item.DeferralUntil.valueOf(record.deferral().until().name());
            item.deferralDate = record.deferral().date();
            item.deferralNote = record.deferral().note();
        }
        for (ResolutionRecord r : record.resolutions()) {
            Resolution resolution = new Resolution();
            resolution.id = UUID.randomUUID();
            resolution.item = item;
            resolution.position = item.resolutions.size();
            resolution.text = r.text().strip();
            resolution.outcome = Resolution.Outcome.valueOf(r.outcome().name());
            item.resolutions.add(resolution);
        }
        for (DeclarationRecord d : record.declarations()) {
            Declaration declaration = new Declaration();
            declaration.id = UUID.randomUUID();
            declaration.item = item;
            declaration.position = item.declarations.size();
            declaration.name = d.name().strip();
            declaration.interest = d.interest();
            item.declarations.add(declaration);
        }
        for (ActionRecord a : record.actions()) {
            item.actions.add(toAction(item, a));
        }
        return item;
    }

    private static ItemAction toAction(Item item, ActionRecord record) {
        ItemAction action = new ItemAction();
        action.id = UUID.randomUUID();
        action.item = item;
        action.position = item.actions.size();
        action.description = record.description();
        action.owners = record.owners().stream().map(String::strip).toArray(String[]::new);
        action.dueDate = record.dueDate();
        action.source = ItemAction.Source.valueOf(record.source().name());
        for (AssigneeRecord a : record.assignees()) {
            ItemAction.Assignee assignee = new ItemAction.Assignee();
            assignee.initials = a.initials();
            assignee.name = a.name().strip();
            action.assignees.add(assignee);
        }
        return action;
    }

    public static MeetingRecord toRecord(Meeting meeting) {
        List<ItemRecord> items = meeting.items.stream().map(MeetingMapper::toRecord).toList();
        return new MeetingRecord(meeting.id, meeting.committee, meeting.date,
                meeting.startTime == null ? null : meeting.startTime.format(HOURS_MINUTES), meeting.location,
                MeetingStatus.valueOf(meeting.status.name()), attendanceOf(meeting), items);
    }

    private static AttendanceRecord attendanceOf(Meeting meeting) {
        List<List<PersonRecord>> lists = new ArrayList<>();
        for (int i = 0; i < Attendee.Kind.values().length; i++) {
            lists.add(new ArrayList<>());
        }
        for (Attendee a : meeting.attendance) {
            lists.get(a.kind.ordinal()).add(new PersonRecord(a.name, a.honorific, a.organisation, a.role));
        }
        return new AttendanceRecord(lists.get(0), lists.get(1), lists.get(2), lists.get(3));
    }

    public static ItemRecord toRecord(Item item) {
        DeferralRecord deferral = item.deferralUntil == null
                ? null
                : new DeferralRecord(DeferralRecord.Until.valueOf(item.deferralUntil.name()), item.deferralDate,
                        item.deferralNote);
        return new ItemRecord(item.number, item.minuteReference, item.title, item.restricted, item.text,
                item.resolutions.stream()
                        .map(r -> new ResolutionRecord(r.text, ResolutionRecord.Outcome.valueOf(r.outcome.name())))
                        .toList(),
                item.declarations.stream().map(d -> new DeclarationRecord(d.name, d.interest)).toList(),
                item.actions.stream().map(MeetingMapper::toRecord).toList(),
                deferral);
    }

    private static ActionRecord toRecord(ItemAction action) {
        return new ActionRecord(action.description, Arrays.asList(action.owners),
                action.assignees.stream().map(a -> new AssigneeRecord(a.initials, a.name)).toList(),
                action.dueDate, ActionRecord.Source.valueOf(action.source.name()));
    }
}
