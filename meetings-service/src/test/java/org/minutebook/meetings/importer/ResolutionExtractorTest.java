package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.ResolutionRecord;
import org.minutebook.meetings.record.ResolutionRecord.Outcome;

class ResolutionExtractorTest {

    private static List<ResolutionRecord> resolutions(String body) {
        List<Line> lines = TextCleaner.clean(body);
        return ResolutionExtractor.extract(BlockBuilder.build(lines, new Roster(AttendanceRecord.EMPTY)));
    }

    private static List<String> texts(String body) {
        return resolutions(body).stream().map(ResolutionRecord::text).toList();
    }

    @Test
    void shouldTakeTheDecisionAfterAgreedThat() {
        assertEquals(List.of("the update be noted and that members be provided with some brief statistics"),
                texts("Discussion.\n\nAGREED that the update be noted and that members be provided with some brief "
                        + "statistics."));
        assertEquals(List.of("the minutes of the YOT Management Board be noted"),
                texts("**AGREED** the minutes of the YOT Management Board be noted."));
        assertEquals(List.of("the report be noted"), texts("RESOLVED - that the report be noted."));
    }

    @Test
    void shouldReadDecisionsMinutedAfterAClauseOrInThePassive() {
        assertEquals(List.of("we would like to move forward with the plans"),
                texts("Further to this it was agreed that we would like to move forward with the plans."));
        assertEquals(List.of("this be paid"), texts("To confirm the allowances: \u00a3156 per councillor: Agreed that "
                + "this be paid."));
        assertEquals(List.of("The note of the previous meeting was agreed"),
                texts("The note of the previous meeting was agreed."));
        assertEquals(List.of("This was agreed"), texts("Cllr Bell spoke to it. This was agreed."));
        assertEquals(List.of("the reasons had been explained and had value"),
                texts("The owner explained the register.The Panel agreed that the reasons had been explained and had "
                        + "value."));
    }

    @Test
    void shouldReadAnElectionAfterARollCallRunIntoTheSentence() {
        assertEquals(List.of("Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as "
                + "Cathaoirleach"), texts(
                        "The vote was as follows: Cllr. A. Bolger JS Cllr. P. Breen JS Cllr. D. "
                                + "Devereux MF Cllr. Joe Sullivan 5 Cllr. Mary Farrell 4 Cllr. Joe Sullivan, on receiving the "
                                + "vote of the majority, was declared elected as Cathaoirleach."));
        // Lower-casing "\u0130" lengthens the text: no offset from the lower-cased text is used on it.
        texts("\u0130\u0130 The vote: Cllr. Ann Lee 4 Cllr. Joe Bloggs was declared elected as Chair.");
    }

    @Test
    void shouldNotTakeAnUndertakingOrALaterConfirmationForADecision() {
        assertTrue(texts("MW agreed to write a blog post on the positive impact of standards.").isEmpty());
        assertTrue(texts("The minutes of this meeting were confirmed at the Council Meeting held on 19 March 2019.")
                .isEmpty());
    }

    @Test
    void shouldTakeEachThatParagraphAfterResolvedAsAnEntry() {
        assertEquals(List.of("the Clerk should reply to the email", "the Council should seek further legal advice",
                "in the meantime, the owners should be made aware of their liability"),
                texts("RESOLVED:\n\nThat the Clerk should reply to the email\n\nThat the Council should seek further "
                        + "legal advice\n\nThat, in the meantime, the owners should be made aware of their liability"
                        + "\n\nThe Clerk then left."));
    }

    @Test
    void shouldReadThePronounApprovalUnderAMinutesTitle() {
        List<Line> lines = TextCleaner.clean("These were moved as correct by Robert Preston and Esme Clark");
        assertEquals(List.of("These were moved as correct by Robert Preston and Esme Clark"),
                ResolutionExtractor.extract(BlockBuilder.build(lines, new Roster(AttendanceRecord.EMPTY)),
                        "MINUTES OF THE FEBRUARY MEETING").stream().map(ResolutionRecord::text).toList());
    }

    @Test
    void shouldKeepAMultiSentenceDecisionWhole() {
        assertEquals(List.of("any issue should be referred to the Board. Failing that, it should go to the LSP"),
                texts("AGREED that any issue should be referred to the Board.  Failing that, it should go to the LSP."));
    }

    @Test
    void shouldReadDecisionsWhoseMainVerbIsAgreed() {
        assertEquals(List.of("Members AGREED to note the update"), texts("Members AGREED to note the update."));
        assertEquals(List.of("Members agreed to note the update"),
                texts("Text here. Members agreed to note the update."));
        assertEquals(List.of("a workshop be arranged"), texts("It was agreed that a workshop be arranged."));
    }

    @Test
    void shouldIgnoreAgreedInsideAnotherClause() {
        assertTrue(texts("It was previously noted that a community meeting would take place, however it was agreed "
                + "to postpone until 14 July 2016.").isEmpty());
        assertTrue(texts("The terms had previously been agreed by the board.").isEmpty());
        assertTrue(texts("Members were asked to note the content within the documents.").isEmpty());
        assertTrue(texts("It was noted that the report was prepared following a notice of motion agreed at Full "
                + "Council on 14 July 2022.").isEmpty());
    }

    @Test
    void shouldReadACapitalDecisionAfterItWasHoweverLongTheClauseBefore() {
        assertEquals(List.of("the Council had accepted the complainant's wish and had acted in accordance with its "
                + "procedures"),
                texts("a. Following the Council's Complaints Procedure which included a summary of the "
                        + "complaint given by the complainant and questions asked of both by Councillors, it was RESOLVED that "
                        + "the Council had accepted the complainant's wish and had acted in accordance with its procedures."));
    }

    @Test
    void shouldGiveOneResolutionPerListEntry() {
        assertEquals(List.of("The presentation be received", "The letter from CAVIC be included with the papers",
                "Members receive further updates from CAVIC"),
                texts("AGREED that:-\n\n\t The presentation be received.\n\n\n\tThe letter from CAVIC be included "
                        + "with the papers.\n\n\n\tMembers receive further updates from CAVIC.\n"));
        assertEquals(List.of("the report be noted", "a progress report be submitted"),
                texts("RESOLVED that:\n1. the report be noted; and\n2. a progress report be submitted."));
        assertEquals(List.of("the report be noted", "a further report be brought"),
                texts("RESOLVED that:- (1) the report be noted; (2) a further report be brought."));
    }

    @Test
    void shouldCountApprovalOfThePreviousMinutes() {
        List<ResolutionRecord> r = resolutions("The minutes of the meeting were agreed as a correct record.");
        assertEquals(List.of(new ResolutionRecord("The minutes of the meeting were agreed as a correct record",
                Outcome.APPROVED)), r);
        assertEquals(List.of("The minutes of the meeting held on 11 September were confirmed as a correct record"),
                texts("The minutes of the meeting held on 11 September were confirmed as a\ncorrect record."));
    }

    @Test
    void shouldClassifyOutcomes() {
        assertEquals(Outcome.NOTED, ResolutionExtractor.outcome("the report be noted"));
        assertEquals(Outcome.APPROVED, ResolutionExtractor.outcome("the Migration Fund application be approved"));
        assertEquals(Outcome.DEFERRED, ResolutionExtractor.outcome("the report be deferred to another meeting"));
        assertEquals(Outcome.AGREED, ResolutionExtractor.outcome("a letter be sent by the Chairman"));
    }

    @Test
    void shouldTakeAnOfficersUndertakingAsAnActionAndABareApprovalOfMinutesAsADecision() {
        var items = new MinutesParser().parse("MINUTES OF THE DISTRICT MEETING HELD ON MONDAY 12TH FEBRUARY 2024\n\n"
                + "PRESENT: Cllr. M. Dolan, Cllr. P. Kelly\n\nIN ATTENDANCE: Mr. Tom Walsh, Senior Engineer\n\n"
                + "1. Minutes of previous meeting: Approved & signed as correct.\n\n2. Roads\n\n"
                + "It was proposed by Cllr. Dolan, seconded by Cllr. Kelly and agreed that the programme be adopted. "
                + "Mr. Walsh agreed to examine the drainage at Ballinagore and report back.\n", null).items();
        assertEquals("Approved & signed as correct", items.get(0).resolutions().get(0).text());
        assertEquals(List.of("the programme be adopted"),
                items.get(1).resolutions().stream().map(r -> r.text()).toList());
        assertTrue(items.get(1).actions().stream().anyMatch(a -> a.description().startsWith("Mr. Walsh agreed")));
    }

    @Test
    void shouldReadDecisionsInNumberedParagraphs() {
        assertEquals(List.of("the press and public be excluded from the meeting"),
                texts("1.3 The Committee considered the exclusion.\n1.4 RESOLVED: That the press and public be "
                        + "excluded from the meeting."));
        assertEquals(List.of("The Urgency Sub-Committee agreed the action to be taken having considered the report"),
                texts("2.1 The Urgency Sub-Committee agreed the action to be taken having considered the report."));
    }

    @Test
    void shouldReadAnElectionDeclaredAsADecision() {
        assertEquals(List.of("Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as "
                + "Cathaoirleach"), texts(
                        "Cllr. Joe Sullivan, on receiving the vote of the majority, was declared "
                                + "elected as Cathaoirleach."));
    }
}
