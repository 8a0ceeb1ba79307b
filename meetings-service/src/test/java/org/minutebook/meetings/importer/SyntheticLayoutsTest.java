package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.ActionRecord.Source;
import org.minutebook.meetings.record.DeferralRecord.Until;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.meetings.record.PersonRecord;
import org.minutebook.meetings.record.ResolutionRecord;

/** Hand-written minutes in layouts the seeds do not show, to keep the rules general. */
class SyntheticLayoutsTest {

    private final MinutesParser parser = new MinutesParser();

    private MeetingRecord parse(String resource) {
        return parser.parse(Fixtures.resource(resource), null);
    }

    private static Map<String, ItemRecord> byNumber(MeetingRecord m) {
        return m.items().stream().collect(Collectors.toMap(ItemRecord::number, Function.identity()));
    }

    private static List<String> names(List<PersonRecord> people) {
        return people.stream().map(PersonRecord::name).toList();
    }

    private static List<String> resolutions(ItemRecord item) {
        return item.resolutions().stream().map(ResolutionRecord::text).toList();
    }

    @Test
    void shouldReadTabularHeaderWithReferenceNumbersAndResolvedLists() {
        MeetingRecord m = parse("synthetic-2014-tabular.txt");
        assertEquals(LocalDate.of(2014, 3, 25), m.date());
        assertEquals("09:30", m.startTime());
        assertEquals("Jim Cooke Conference Suite, Stockton Central Library", m.location());
        assertEquals(List.of("Steve Nelson", "Jim Beall", "Jane Humphreys", "Mick Williams", "Sarah Wilson"),
                names(m.attendance().present()));
        assertEquals(List.of("SSP136/13", "SSP137/13", "SSP138/13", "SSP139/13", "SSP140/13", "SSP141/13"),
                m.items().stream().map(ItemRecord::number).toList());
        Map<String, ItemRecord> items = byNumber(m);
        assertEquals("Jim Beall", items.get("SSP136/13").declarations().get(0).name());
        assertEquals(3, items.get("SSP138/13").resolutions().size());
        assertTrue(items.get("SSP139/13").restricted());
        assertEquals("Housing Strategy", items.get("SSP139/13").title());
        assertEquals(LocalDate.of(2014, 4, 22), items.get("SSP140/13").deferral().date());
        ItemRecord last = items.get("SSP141/13");
        assertTrue(last.restricted());
        assertEquals(Until.UNSPECIFIED, last.deferral().until());
        assertEquals("Mick Williams", last.actions().get(0).assignees().get(0).name());
    }

    @Test
    void shouldReadModernHeaderWithApologiesSubmittedOnBehalfOf() {
        MeetingRecord m = parse("synthetic-2024-modern.txt");
        assertEquals("Safer Stockton Partnership", m.committee());
        assertEquals(LocalDate.of(2024, 7, 17), m.date());
        assertEquals("10:00", m.startTime());
        assertTrue(m.location().contains("Jim Cooke Conference Suite"));
        assertEquals(List.of("Marilyn Surtees", "Jane Smith", "Lisa Evans"), names(m.attendance().apologies()));
        assertEquals(5, m.attendance().present().size());
        assertEquals("Vice Chair", m.attendance().present().get(1).role());
        Map<String, ItemRecord> items = byNumber(m);
        assertEquals(7, items.size());
        assertTrue(items.get("SSP/2/24").declarations().isEmpty());
        assertEquals(ResolutionRecord.Outcome.APPROVED, items.get("SSP/3/24").resolutions().get(0).outcome());
        ItemRecord violence = items.get("SSP/4/24");
        assertTrue(violence.restricted());
        assertEquals(List.of("the presentation be noted", "a progress report be submitted to the October meeting"),
                resolutions(violence));
        assertEquals(LocalDate.of(2024, 8, 31), violence.actions().stream().filter(a -> a.source() == Source.TEXT)
                .findFirst().orElseThrow().dueDate());
        assertEquals(List.of("Members agreed to note the update"), resolutions(items.get("SSP/5/24")));
        assertEquals(Until.NEXT_MEETING, items.get("SSP/6/24").deferral().until());
    }

    @Test
    void shouldReadPdfExtractionWithNumbersAloneAndPageFurniture() {
        MeetingRecord m = parse("synthetic-pdf-extract.txt");
        assertEquals("Safer Stockton Partnership", m.committee());
        assertEquals(LocalDate.of(2012, 10, 9), m.date());
        assertEquals(List.of("Steve Nelson", "Jim Beall", "John Bentley", "Jane Humphreys", "Mick Williams",
                "Steven Hume"), names(m.attendance().present()));
        assertEquals(List.of("1", "2", "3", "4", "5"), m.items().stream().map(ItemRecord::number).toList());
        Map<String, ItemRecord> items = byNumber(m);
        assertEquals("Night Time Economy", items.get("3").title());
        assertEquals(List.of("a partnership licensing workshop be arranged before Christmas"),
                resolutions(items.get("3")));
        assertEquals("Mick Williams", items.get("3").actions().get(0).assignees().get(0).name());
        assertFalse(items.get("3").text().contains("Page 2"));
        assertEquals(ResolutionRecord.Outcome.APPROVED, items.get("2").resolutions().get(0).outcome());
        assertEquals(Until.NEXT_MEETING, items.get("4").deferral().until());
    }

    @Test
    void shouldReadEgendaPagesWithReferencesSplitOverLines() {
        MeetingRecord m = parse("synthetic-egenda-html.txt");
        assertEquals("Safer Stockton Partnership", m.committee());
        assertEquals(LocalDate.of(2014, 1, 21), m.date());
        assertEquals(List.of("Kerry Anderson", "Steve Hume", "Claire Sills"), names(m.attendance().officers()));
        assertEquals(List.of("John Bentley", "Evaline Cunningham", "Steve Rose"), names(m.attendance().apologies()));
        assertEquals(7, m.attendance().present().size());
        assertEquals(List.of("SSP120/13", "SSP121/13", "SSP122/13", "SSP123/13", "SSP124/13", "SSP125/13"),
                m.items().stream().map(ItemRecord::number).toList());
        assertTrue(byNumber(m).get("SSP125/13").restricted());
        assertEquals(List.of("the report and discussion be noted"), resolutions(byNumber(m).get("SSP123/13")));
    }

    @Test
    void shouldReadModernGovPagesWithMinutesLabels() {
        MeetingRecord m = parse("synthetic-moderngov-2025.txt");
        assertEquals("Safer Stockton Partnership", m.committee());
        assertEquals(LocalDate.of(2025, 5, 14), m.date());
        assertEquals("09:00", m.startTime());
        Map<String, ItemRecord> items = byNumber(m);
        assertEquals("Evacuation Procedure", items.get("SSP/1/25").title());
        assertEquals("Minutes", items.get("SSP/3/25").title());
        assertEquals(1, items.get("SSP/3/25").resolutions().size());
        assertEquals(Until.UNSPECIFIED, items.get("SSP/4/25").deferral().until());
        assertFalse(items.get("SSP/5/25").text().startsWith("Minutes:"));
    }
}
