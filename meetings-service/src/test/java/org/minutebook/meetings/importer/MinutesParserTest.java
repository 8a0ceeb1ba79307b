package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.MeetingRecord;

class MinutesParserTest {

    private final MinutesParser parser = new MinutesParser();

    @Test
    void shouldRejectEmptyText() {
        assertEquals("empty document", assertThrows(NotMinutesException.class, () -> parser.parse(" \n ", null))
                .getMessage());
    }

    @Test
    void shouldRejectTextWithoutMeetingDate() {
        NotMinutesException e = assertThrows(NotMinutesException.class,
                () -> parser.parse("Shopping list\n\n1\n\nEggs and milk\n", null));
        assertEquals("no meeting date found", e.getMessage());
    }

    @Test
    void shouldRejectDatedTextWithoutAttendanceOrItems() {
        assertThrows(NotMinutesException.class,
                () -> parser.parse("Letter dated 5 May 2016.\nDear Sir,\nThanks.", null));
    }

    @Test
    void shouldUseCommitteeHintOnlyWhenTheTextNamesNone() {
        String body = "Minutes\n\nHeld on 5 May 2016\n\nPresent: Ann Smith, Bob Jones\n\n1\n\nApologies\n\nNone.";
        assertEquals("Safer Stockton Partnership", parser.parse(body, "Safer Stockton Partnership").committee());
        assertEquals("Safer Stockton Partnership", parser.parse(Fixtures.minutes("1\n\nApologies\n"), "Other")
                .committee());
    }

    @Test
    void shouldEndTheCommitteeWhereTheHeadingsDateBegins() {
        assertEquals("Town Council", parser.parse("Minutes of the Town Council Meeting 27th April 2021\n\n"
                + "Present: Ann Smith, Bob Jones\n\n336. Apologies for Absence\nNone.", null).committee());
    }

    @Test
    void shouldStayLinearOnPathologicalInput() {
        StringBuilder numbers = new StringBuilder(Fixtures.HEADER);
        for (int i = 0; i < 20_000; i++) {
            numbers.append(i % 40 + 1).append("\nTitle ").append(i).append("\n\n");
        }
        String longLine = Fixtures
                .minutes("1\n\nTitle\n\n" + "a".repeat(500_000) + ".".repeat(5_000) + " x".repeat(50_000)
                        + "\n" + "AGREED that " + "the report ".repeat(20_000) + "\n" + "**".repeat(10_000));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            MeetingRecord a = parser.parse(numbers.toString(), null);
            MeetingRecord b = parser.parse(longLine, null);
            assertTrue(a.items().size() > 0 && b.items().size() == 1);
        });
    }
}
