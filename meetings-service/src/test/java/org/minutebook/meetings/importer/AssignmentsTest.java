package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.ActionRecord;
import org.minutebook.meetings.record.ActionRecord.Source;

/** The "Clerk to inform …" shorthand and the follow-up words the vocabulary holds. */
class AssignmentsTest {

    @Test
    void shouldNameWhoTheShorthandAssigns() {
        assertEquals("Clerk", Assignments.owner("Clerk to inform Mrs Dodds."));
        assertEquals("The chair", Assignments.owner("The chair to write to the steering group."));
        assertEquals("MW", Assignments.owner("MW to produce blog post on the positive impact of standards."));
        assertEquals("Chris Taggart and Tim Allen",
                Assignments.owner("Chris Taggart and Tim Allen to discuss possible development of the project."));
        assertEquals("Cllr Ashman", Assignments.owner("Cllr Ashman to attend the training day."));
        assertEquals("Clerc", Assignments.owner("Clerc i anfon y manylion ar ebost."));
    }

    @Test
    void shouldNotTakeOtherSentencesWithToForTasks() {
        assertNull(Assignments.owner("Due to ill health the meeting was postponed."));
        assertNull(Assignments.owner("Thanks to Cllr Brown for the flowers."));
        assertNull(Assignments.owner("Welcome to all members."));
        assertNull(Assignments.owner("Clerk to the Council since 1998."), "a title, not a task");
        assertNull(Assignments.owner("Members discussed the report and agreed to note it."));
        assertNull(Assignments.owner("The road to the village is closed."));
        assertNull(Assignments.owner("Clerk to"));
    }

    @Test
    void shouldFindFollowUpsInTheNewWordings() {
        assertTrue(ImpliedActionFinder.isFollowUp("He would again seek to do so for the February meeting."));
        assertTrue(ImpliedActionFinder.isFollowUp("She would report further later."));
        assertTrue(ImpliedActionFinder.isFollowUp("Cllr Ashman will attend on 24th March."));
        assertTrue(ImpliedActionFinder.isFollowUp("That the Clerk should renew the insurance as quoted."));
        assertTrue(ImpliedActionFinder.isFollowUp("He has asked for a slot at the next Community Council Meeting."));
        assertFalse(ImpliedActionFinder.isFollowUp("The purpose of this report is to obtain a resolution."));
        assertFalse(ImpliedActionFinder.isFollowUp("The road closures will be between 6am and 3pm."));
    }

    @Test
    void shouldGiveTheShorthandsOwnerToTheAction() {
        List<ActionRecord> actions = new MinutesParser()
                .parse(Fixtures.minutes("11\n\nCorrespondence\n\nA letter from the Festivals Association."
                        + " Clerk to inform Mrs Dodds."), null)
                .items().get(0).actions().stream().filter(a -> a.source() == Source.TEXT).toList();
        assertEquals(1, actions.size(), actions.toString());
        assertEquals(List.of("Clerk"), actions.get(0).owners());
    }
}
