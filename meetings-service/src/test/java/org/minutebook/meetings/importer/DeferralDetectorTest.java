package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.DeferralRecord;
import org.minutebook.meetings.record.DeferralRecord.Until;
import org.minutebook.meetings.record.ItemRecord;

class DeferralDetectorTest {

    private static final LocalDate MEETING = LocalDate.of(2016, 6, 21);

    private static DeferralRecord deferral(String sentence) {
        return DeferralDetector.isDeferral(sentence) ? DeferralDetector.of(sentence, MEETING) : null;
    }

    @Test
    void shouldDeferItemUntilNextMeeting() {
        assertEquals(Until.NEXT_MEETING, deferral("This item was deferred until the next meeting.").until());
        assertEquals(Until.NEXT_MEETING, deferral("This item was deferred to the next meeting.").until());
    }

    @Test
    void shouldDeferItemToADate() {
        DeferralRecord d = deferral("Deferred \u2013 Update to be given after the meeting on 14th July 2016.");
        assertEquals(new DeferralRecord(Until.DATE, LocalDate.of(2016, 7, 14),
                "Deferred \u2013 Update to be given after the meeting on 14th July 2016."), d);
        assertEquals(LocalDate.of(2016, 9, 20),
                deferral("The item was deferred to the meeting on 20 September.").date());
    }

    @Test
    void shouldDeferItemWithoutSayingUntilWhen() {
        assertEquals(Until.UNSPECIFIED,
                deferral("Members agreed that the Knife Crime Prevention report be deferred to another meeting.")
                        .until());
    }

    @Test
    void shouldNotTreatOtherPostponementsAsDeferral() {
        assertFalse(DeferralDetector.isDeferral("It was agreed to postpone the community meeting until 14 July 2016."));
        assertFalse(DeferralDetector.isDeferral("The report deferred from the last meeting was considered."));
        assertFalse(DeferralDetector.isDeferral("Consideration was given to the report."));
    }

    @Test
    void shouldMarkDeferredItemInTheRecord() {
        ItemRecord item = new MinutesParser().parse(Fixtures.minutes("13\n\nImpact of Social Norms Work\n\n"
                + "This item was deferred to the next meeting.\n\n14\n\nCounter Terrorism\n\nNo threat.\n"), null)
                .items().get(0);
        assertEquals(Until.NEXT_MEETING, item.deferral().until());
        assertNull(item.deferral().date());
    }
}
