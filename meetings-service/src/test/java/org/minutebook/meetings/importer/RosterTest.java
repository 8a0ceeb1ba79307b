package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.PersonRecord;

class RosterTest {

    private static PersonRecord p(String name) {
        return new PersonRecord(name, null, null, null);
    }

    private final Roster roster = new Roster(new AttendanceRecord(
            List.of(new PersonRecord("Steve Nelson", "Cllr", null, "Chair"), p("John Lyons"), p("Steve Johnson"),
                    p("Sarah Wilson"), p("Sharon Williams"), p("Jim Beall")),
            List.of(p("Claire Sills")), List.of(), List.of(p("Dave Willingham"), p("Mary Anne Smith"))));

    @Test
    void shouldResolveInitialsToTheOneAttendeeTheyFit() {
        assertEquals("John Lyons", roster.byInitials("JL"));
        assertEquals("Steve Johnson", roster.byInitials("S.J."));
        assertEquals("Claire Sills", roster.byInitials("CS"));
    }

    @Test
    void shouldNotResolveAmbiguousOrUnknownInitials() {
        assertNull(roster.byInitials("SW"));
        assertNull(roster.byInitials("ASB"));
    }

    @Test
    void shouldFallBackToApologiesOnlyWhenNoAttendeeFits() {
        assertEquals("Dave Willingham", roster.byInitials("DW"));
        assertEquals("Mary Anne Smith", roster.byInitials("MAS"));
        assertEquals("Mary Anne Smith", roster.byInitials("MS"));
    }

    @Test
    void shouldResolveReferencesInTheText() {
        assertEquals("Jim Beall", roster.byReference("Cllr Beall"));
        assertEquals("Steve Nelson", roster.byReference("the Chairman"));
        assertEquals("Steve Nelson", roster.byReference("Councillor Steve Nelson"));
        assertNull(roster.byReference("Steve"));
        assertEquals(List.of("Jim Beall"), roster.mentionedIn("Cllr Beall would take the comments back."));
        assertEquals(List.of("Steve Nelson"), roster.mentionedIn("A letter be sent by the Chairman."));
    }
}
