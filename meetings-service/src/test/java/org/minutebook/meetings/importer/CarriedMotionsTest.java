package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.ResolutionRecord;

class CarriedMotionsTest {

    private static List<String> texts(String body) {
        List<Line> lines = TextCleaner.clean(body);
        return ResolutionExtractor.extract(BlockBuilder.build(lines, new Roster(AttendanceRecord.EMPTY))).stream()
                .map(ResolutionRecord::text).toList();
    }

    @Test
    void shouldTakeAMotionHeadedByItsLabelAndMover() {
        assertEquals(List.of("Council adopt the attached Selected Owner Policy"),
                texts("RESOLUTION  2019/07\n\nMoved:\nSeconded:  Cr Denise Jones\n\nCr Michael Smith\n\n"
                        + "That Council adopt the attached Selected Owner Policy.\n\nCARRIED\n"));
        assertEquals(List.of("the minutes of the meeting held on 13 December 2018 be confirmed"),
                texts("COMMITTEE RESOLUTION 2019/69\n\nMoved: Ms Ann Brown\nSeconded: Mr Tom Black\n\n"
                        + "That the minutes of the meeting held on 13 December 2018 be confirmed.\n"));
    }

    @Test
    void shouldTakeAMotionMovedByAPairOfNamesAndCarried() {
        assertEquals(List.of("the report of the Transport Officer be received"),
                texts("Councillor Watkins/Mr Pannu\n\nThat the report of the Transport Officer be received.\n\n"
                        + "CARRIED\n"));
        assertEquals(List.of("the report be noted"), texts("Paku/McIlroy\n\nTHAT the report be noted.\n\nCarried\n"));
    }

    @Test
    void shouldKeepTheListAMotionIntroduces() {
        assertEquals(List.of("the Committee: a. Approve the sale of food on public land"),
                texts("Councillors Boag / Tapine\n\nThat the Committee:\n\na. Approve the sale of food on public land."
                        + "\n\nCarried\n"));
    }

    @Test
    void shouldSkipAnOfficersRecommendation() {
        assertEquals(List.of("the Committee approve the sale of food and drink"),
                texts("Officer's Recommendation\n\nThat the Committee approve the sale of food.\n\n"
                        + "Substantive motion\n\nThat the Committee approve the sale of food and drink.\n\nCarried\n"));
    }

    @Test
    void shouldLeaveAThatSentenceWithoutAMotion() {
        assertTrue(texts("That was the view of most residents at the open meeting.\n").isEmpty());
        assertTrue(texts("Mr Smith spoke.\n\nThat is why the road is closed.\n").isEmpty());
    }

    @Test
    void shouldTakeAMotionRunOnAfterItsMover() {
        assertEquals(List.of("the minutes of the meeting held on 29 November 2018 be confirmed as true and correct"),
                texts("Committee Resolution\nMoved: Cr Gerard Minehan\nSeconded: Mayor Alex Walker\nThat the minutes of "
                        + "the meeting held on 29 November 2018 be confirmed as true and correct.\nCarried\n"));
    }

    @Test
    void shouldNotTakeAMoverNameOnItsOwnLineForAnActionOwner() {
        var items = new MinutesParser().parse("Minutes of the Committee held on 14 February 2019\n\n"
                + "PRESENT: Cr Gerard Minehan\nMayor Alex Walker\n\n1 Confirmation of Minutes\n\nCommittee Resolution\n"
                + "Moved: Cr\nGerard Minehan\nSeconded: Mayor\nAlex Walker\nThat the minutes be confirmed as true and "
                + "correct.\nCarried\n", null).items();
        assertTrue(items.get(0).actions().isEmpty(), items.get(0).actions().toString());
        assertEquals(List.of("the minutes be confirmed as true and correct"),
                items.get(0).resolutions().stream().map(ResolutionRecord::text).toList());
    }

    @Test
    void shouldTakeAMotionRunTogetherWithItsLabelAndMoverButNotTheOfficersRecommendation() {
        assertEquals(List.of("the Regulatory Committee: a. Approve the sale of food, including alcohol, until October"),
                texts("Officer's Recommendation That the Regulatory Committee:\na. Approve the sale of food.\n"
                        + "Substantive motion Committee's recommendation Councillors Boag / Tapine That the Regulatory "
                        + "Committee:\na. Approve the sale of food, including alcohol, until October.\nCarried"));
    }
}
