package org.minutebook.actions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.actions.domain.AttendanceKind;
import org.minutebook.actions.domain.Attendee;
import org.minutebook.actions.service.InitialsResolver.Resolution;
import org.minutebook.actions.service.InitialsResolver.Resolved;

class InitialsResolverTest {

    private static final List<Attendee> MEETING = List.of(
            present("Steve Nelson", null),
            present("Steve Johnson", "Cleveland Fire Brigade"),
            present("John Lyons", "Cleveland Police"),
            new Attendee(AttendanceKind.OFFICER, "Claire Sills", null, null, null),
            new Attendee(AttendanceKind.IN_ATTENDANCE, "Kate Anne Wilson", null, "SBC", null),
            new Attendee(AttendanceKind.APOLOGY, "Dave Willingham", null, null, null));

    @Test
    void shouldResolveFirstAndLastNameInitials() {
        Resolution r = InitialsResolver.resolve(List.of("JL", "SJ"), MEETING);

        assertEquals(List.of(new Resolved("JL", "John Lyons", "Cleveland Police"),
                new Resolved("SJ", "Steve Johnson", "Cleveland Fire Brigade")), r.assignees());
        assertEquals(List.of(), r.unresolved());
        assertFalse(r.allAttendees());
    }

    @Test
    void shouldMatchInitialsWhateverTheirCase() {
        Resolution r = InitialsResolver.resolve(List.of("jl", "C.S."), MEETING);

        assertEquals(List.of("John Lyons", "Claire Sills"), names(r));
    }

    @Test
    void shouldLeaveAmbiguousInitialsUnresolved() {
        List<Attendee> twoSjs = List.of(present("Steve Johnson", null), present("Sarah Jones", null));

        Resolution r = InitialsResolver.resolve(List.of("SJ"), twoSjs);

        assertEquals(List.of(), r.assignees());
        assertEquals(List.of("SJ"), r.unresolved());
    }

    @Test
    void shouldLeaveUnknownInitialsUnresolved() {
        Resolution r = InitialsResolver.resolve(List.of("XY", "JL"), MEETING);

        assertEquals(List.of("John Lyons"), names(r));
        assertEquals(List.of("XY"), r.unresolved());
    }

    @Test
    void shouldNotResolveToSomeoneWhoSentApologies() {
        Resolution r = InitialsResolver.resolve(List.of("DW"), MEETING);

        assertEquals(List.of("DW"), r.unresolved());
    }

    @Test
    void shouldResolveFirstAndLastOrEveryInitialOfLongerNames() {
        assertEquals(List.of("Kate Anne Wilson"), names(InitialsResolver.resolve(List.of("KW"), MEETING)));
        assertEquals(List.of("Kate Anne Wilson"), names(InitialsResolver.resolve(List.of("KAW"), MEETING)));
        assertEquals(List.of("KA"), InitialsResolver.resolve(List.of("KA"), MEETING).unresolved());
    }

    @Test
    void shouldTreatAllAsAddressedToEveryone() {
        for (String owner : List.of("ALL", "ALL to Note", "All")) {
            Resolution r = InitialsResolver.resolve(List.of(owner), MEETING);

            assertTrue(r.allAttendees(), owner);
            assertEquals(List.of(), r.assignees(), owner);
            assertEquals(List.of(), r.unresolved(), owner);
        }
    }

    @Test
    void shouldNotMistakeANameStartingWithAllForAll() {
        List<Attendee> allan = List.of(present("Allan Smith", null));

        Resolution r = InitialsResolver.resolve(List.of("Allan Smith"), allan);

        assertFalse(r.allAttendees());
        assertEquals(List.of("Allan Smith"), names(r));
    }

    @Test
    void shouldCountSomeoneListedTwiceAsOnePerson() {
        List<Attendee> twice = List.of(present("John Lyons", "Cleveland Police"),
                new Attendee(AttendanceKind.OFFICER, "John Lyons", null, null, null));

        assertEquals(List.of("John Lyons"), names(InitialsResolver.resolve(List.of("JL"), twice)));
    }

    @Test
    void shouldSplitOwnersWrittenTogether() {
        Resolution r = InitialsResolver.resolve(List.of("JL/ SJ"), MEETING);

        assertEquals(List.of("JL", "SJ"), r.assignees().stream().map(Resolved::initials).toList());
    }

    @Test
    void shouldResolveAWrittenNameOnlyWhenItIsAnAttendeesFullName() {
        Resolution r = InitialsResolver.resolve(List.of("Claire Sills", "Steve"), MEETING);

        assertEquals(List.of("Claire Sills"), names(r));
        assertEquals(List.of("Steve"), r.unresolved());
    }

    @Test
    void shouldFallBackToTheRecordedAssigneesWithoutAttendance() {
        Resolution r = InitialsResolver.fromRecord(List.of("JL", "SJ", "ALL to Note"),
                List.of(new Resolved("JL", "John Lyons", null)));

        assertEquals(List.of("John Lyons"), names(r));
        assertEquals(List.of("SJ"), r.unresolved());
        assertTrue(r.allAttendees());
    }

    private static Attendee present(String name, String organisation) {
        return new Attendee(AttendanceKind.PRESENT, name, null, organisation, null);
    }

    private static List<String> names(Resolution r) {
        return r.assignees().stream().map(Resolved::name).toList();
    }
}
