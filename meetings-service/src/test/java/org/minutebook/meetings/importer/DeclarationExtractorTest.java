package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.DeclarationRecord;
import org.minutebook.meetings.record.ItemRecord;

class DeclarationExtractorTest {

    private static List<DeclarationRecord> declarations(String body) {
        ItemRecord item = new MinutesParser().parse(Fixtures.minutes("2\n\nDeclarations of Interest\n\n" + body), null)
                .items().get(0);
        return item.declarations();
    }

    @Test
    void shouldRecordDeclarationWithBareName() {
        List<DeclarationRecord> d = declarations("Councillor Steve Nelson declared a person non prejudicial interest "
                + "as his son worked in security in Stockton Town Centre.");
        assertEquals(1, d.size());
        assertEquals("Steve Nelson", d.get(0).name());
        assertTrue(d.get(0).interest().startsWith("a person non prejudicial interest"));
    }

    @Test
    void shouldRecordWhatWasDeclaredUnderTheItemWithoutTheWordInterest() {
        List<DeclarationRecord> d = declarations("The board was invited to declare any interests; Jeni Tennison "
                + "declared that she was on the advisory board. Chris Francis declared that he works for a company "
                + "that produces software used in procurement.");
        assertEquals(List.of("Jeni Tennison", "Chris Francis"), d.stream().map(DeclarationRecord::name).toList());
    }

    @Test
    void shouldResolveShortReferencesAndSeveralDeclarers() {
        assertEquals(List.of("Steve Nelson", "John Lyons"), declarations("The Chair and John Lyons declared personal "
                + "interests in item 7.").stream().map(DeclarationRecord::name).toList());
        assertEquals(List.of("Claire Sills"), declarations("A personal interest was declared by Ms Sills.").stream()
                .map(DeclarationRecord::name).toList());
    }

    @Test
    void shouldRecordNoneWhenThereWereNoDeclarations() {
        assertTrue(declarations("There were no declarations of interest.").isEmpty());
        assertTrue(declarations("There were no interests declared.").isEmpty());
    }
}
