package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.ImportWarning;

class ImportWarningsTest {

    private final MinutesParser parser = new MinutesParser();

    private List<ImportWarning> warnings(String text) {
        return parser.read(text, null).warnings();
    }

    private static ImportWarning on(List<ImportWarning> ws, String field) {
        return ws.stream().filter(w -> w.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no warning on " + field + " in " + ws));
    }

    @Test
    void shouldWarnOfAMissingPresentListAndOfItemsWithoutResolutions() {
        List<ImportWarning> ws = warnings("Minutes of the Parish Council held on 3 March 2016\n\n"
                + "1. Apologies\n\nNone were received.\n\n2. Planning\n\nThe plans were discussed at length.\n");
        assertEquals(null, on(ws, "attendance.present").line());
        assertTrue(on(ws, "items").message().contains("no resolutions"));
    }

    @Test
    void shouldWarnOfNumberingThatSkipsAndPointAtTheLine() {
        List<String> lines = List.of("Minutes of the Parish Council held on 3 March 2016", "",
                "Present: Cllr Jane Doe, Cllr John Smith", "", "1. Apologies", "", "None were received.", "",
                "2. Minutes", "", "RESOLVED that the minutes be approved.", "", "4. Planning", "",
                "The plans were discussed at length.");
        ImportWarning w = on(warnings(String.join("\n", lines)), "items[2].number");
        assertTrue(w.message().contains("from 2 to 4"), w.message());
        assertEquals("4. Planning", lines.get(w.line() - 1));
    }

    @Test
    void shouldWarnOfAnEntryThatIsNotAName() {
        List<Line> lines = TextCleaner.clean("Present: Jane Doe, members of the public\n");
        var header = new HeaderParser.Header("Parish Council", java.time.LocalDate.of(2016, 3, 3), null, null, 0,
                true, false);
        var attendance = new org.minutebook.meetings.record.AttendanceRecord(List.of(person("Jane Doe"),
                person("members of the public")), List.of(), List.of(), List.of());
        ImportWarning w = on(ImportWarnings.of(lines, header, attendance, List.of()), "attendance.present[1]");
        assertTrue(w.message().contains("does not look like a person's name"), w.message());
        assertEquals(1, w.line());
    }

    @Test
    void shouldTellNamesFromOtherText() {
        for (String name : List.of("Jane Doe", "A. Smith", "Ludwig van Beethoven", "Siobhan Ni Bhriain", "O'Neill")) {
            assertTrue(Names.looksLikeName(name), name);
        }
        for (String text : List.of("members of the public", "3 residents", "the Clerk to the Council", "")) {
            assertTrue(!Names.looksLikeName(text), text);
        }
    }

    private static org.minutebook.meetings.record.PersonRecord person(String name) {
        return new org.minutebook.meetings.record.PersonRecord(name, null, null, null);
    }

    @Test
    void shouldWarnWhenTheYearIsInferredFromTheWeekday() {
        ImportWarning w = on(warnings("GOVAN COMMUNITY COUNCIL\n\nGENERAL MEETING MONDAY 4 DECEMBER\n\n"
                + "Present: Esme Clark, John Foster\n\n1. MINUTES\n\nIt was agreed that the minutes be approved.\n"),
                "date");
        assertTrue(w.message().contains("no year"), w.message());
        assertEquals(3, w.line());
    }

    @Test
    void shouldTakeApologiesWrittenAsTheFirstItemsText() {
        var record = parser.parse("Minutes of the Parish Council held on 3 March 2016\n\n"
                + "Present: Cllr Jane Doe, Cllr John Smith\n\n1. Apologies for absence\n\n"
                + "An apology for absence was received from Cllr. Brown and Cllr Mary Green.\n\n"
                + "2. Minutes\n\nRESOLVED that the minutes be approved.\n", null);
        assertEquals(List.of("Brown", "Mary Green"),
                record.attendance().apologies().stream().map(p -> p.name()).toList());
    }
}
