package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BrokenLinesTest {

    private static List<String> join(String... raw) {
        return BrokenLines.join(raw);
    }

    @Test
    void shouldRejoinADateSplitByTheLineWrap() {
        assertEquals(List.of("THURSDAY, 3RD MARCH, 2016, AT 2.00 P.M."),
                join("THURSDAY, 3", "RD MARCH, 2016, AT 2.00 P.M."));
        assertEquals(List.of("held on Tuesday 14 June 2016"), join("held on Tuesday 14 June", "", "2016"));
        assertEquals(List.of("136/13", "", "DECLARATIONS OF INTEREST"), join("136/13", "", "DECLARATIONS OF INTEREST"));
    }

    @Test
    void shouldRejoinAnHonorificLeftAboveItsName() {
        assertEquals(List.of("Present: Cllr Jane Doe,", "Cllr John Smith"),
                join("Present: Cllr Jane Doe,", "Cllr", "", "John Smith"));
    }

    @Test
    void shouldRejoinASentenceThatRunsOnAfterABlankLine() {
        assertEquals(List.of("The committee considered the report of the Director of Housing which set out the"
                + " options for the estate."), join(
                        "The committee considered the report of the Director of "
                                + "Housing which set out the",
                        "", "options for the estate."));
        assertEquals(List.of("RESOLVED that the following be approved, subject to the conditions set out", "",
                "a) the plan;"),
                join("RESOLVED that the following be approved, subject to the conditions set out",
                        "", "a) the plan;"));
    }
}
