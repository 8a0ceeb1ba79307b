package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.ActionRecord;
import org.minutebook.meetings.record.ActionRecord.Source;
import org.minutebook.meetings.record.AssigneeRecord;
import org.minutebook.meetings.record.ItemRecord;

class ActionExtractionTest {

    private static ItemRecord item(String body) {
        return new MinutesParser().parse(Fixtures.minutes("11\n\nOperation Raptor\n\n" + body), null).items().get(0);
    }

    private static List<ActionRecord> column(ItemRecord item) {
        return item.actions().stream().filter(a -> a.source() == Source.ACTION_COLUMN).toList();
    }

    private static List<ActionRecord> text(ItemRecord item) {
        return item.actions().stream().filter(a -> a.source() == Source.TEXT).toList();
    }

    @Test
    void shouldAttachActionColumnEntryToItsParagraph() {
        ItemRecord item = item("Arrangements to be made for the Fire Brigade to join the Forum.\n\n**JL/ SJ**\n\n"
                + "**AGREED** that the discussion be noted.");
        ActionRecord a = column(item).get(0);
        assertEquals(List.of("JL", "SJ"), a.owners());
        assertEquals(List.of(new AssigneeRecord("JL", "John Lyons"), new AssigneeRecord("SJ", "Steve Johnson")),
                a.assignees());
        assertEquals("Arrangements to be made for the Fire Brigade to join the Forum.", a.description());
        assertTrue(item.text().indexOf("JL") < 0, item.text());
    }

    @Test
    void shouldReadAllToNoteWithoutAssignees() {
        ActionRecord a = column(item("Councillor Steve Nelson declared an interest.\n\n**ALL to  \nNote**")).get(0);
        assertEquals(List.of("ALL"), a.owners());
        assertTrue(a.assignees().isEmpty());
    }

    @Test
    void shouldReadActionCellWrappedOverTwoLines() {
        assertEquals(List.of("ALL"), column(item("Councillor Steve Nelson declared an interest.\n\nALL to\nNote\n"))
                .get(0).owners());
        assertEquals(List.of("JL", "SJ"), column(item("Arrangements to be made.\nJL/\nSJ\n")).get(0).owners());
    }

    @Test
    void shouldSplitActionCellOffATableRowOrColumnGap() {
        assertEquals(List.of("JL"), column(item("The report was considered.\tJL")).get(0).owners());
        assertEquals(List.of("SN"), column(item("The figures had fallen.      SN")).get(0).owners());
    }

    @Test
    void shouldNotTakeAnAcronymLineForAnAction() {
        assertTrue(column(item("The report covered:\n\nASB\n\nCrime figures.")).isEmpty());
    }

    @Test
    void shouldLeaveInitialsUnresolvedWhenTwoAttendeesFit() {
        ActionRecord a = column(item("Figures to be circulated.\n\n**SJ/ CS**")).get(0);
        assertEquals(List.of("SJ", "CS"), a.owners());
        assertEquals(List.of(new AssigneeRecord("SJ", "Steve Johnson")), a.assignees());
    }

    @Test
    void shouldFindFollowUpInTheDiscussionWithOwner() {
        ActionRecord a = text(item("Claire Sills would take comments back to the next meeting.")).get(0);
        assertEquals(List.of("Claire Sills"), a.owners());
        assertEquals(List.of(new AssigneeRecord(null, "Claire Sills")), a.assignees());
    }

    @Test
    void shouldFindFollowUpWithDueDate() {
        assertEquals(LocalDate.of(2016, 7, 1), text(item("AGREED that any comments on the draft be provided by "
                + "1<sup>st</sup> July 2016.")).get(0).dueDate());
        assertEquals(LocalDate.of(2016, 7, 1), text(item("It was requested that all comments be made to Claire "
                + "Sills by end of next week.")).get(0).dueDate());
    }

    @Test
    void shouldFindRequestsInvitationsAndFurtherUpdates() {
        assertEquals(1, text(item("The Fire Service requested to attend, and an invite would be issued.")).size());
        assertEquals(1, text(item("Further updates will be given to the Partnership.")).size());
        assertEquals(List.of("Director of Community Services"), text(item("The Director of Community Services will "
                + "be bringing a report to a future meeting.")).get(0).owners());
    }

    @Test
    void shouldNotTakeReportsOrDeferralsForFollowUps() {
        assertTrue(text(item("Members were provided with a copy of the report. It was reported that 53 offenders "
                + "had been deregistered.\n\nThis item was deferred to the next meeting.")).isEmpty());
    }

    @Test
    void shouldReadAnActionWrittenOutOnItsLine() {
        var items = new MinutesParser().parse("Minutes of the Panel held on 23 March 2011\n\n"
                + "Panel: Professor Nigel Shadbolt (Chair), Chris Taggart, Janet Hughes\n\n1. Actions report\n\n"
                + "The review was ongoing.\n\nAction: DCLG to obtain advice from CIPFA.\n\n"
                + "Action: Panel members to develop a position statement (Chris Taggart/Janet Hughes).\n\n"
                + "### Action 3:\nThe Chair to write to the steering group.\n", null).items();
        var actions = items.get(0).actions().stream().filter(a -> a.source() != Source.TEXT).toList();
        assertEquals(3, actions.size());
        assertEquals(List.of("DCLG"), actions.get(0).owners());
        assertEquals("DCLG to obtain advice from CIPFA.", actions.get(0).description());
        assertEquals(List.of("Chris Taggart", "Janet Hughes"), actions.get(1).owners());
        assertEquals("Chris Taggart", actions.get(1).assignees().get(0).name());
        assertEquals("Nigel Shadbolt", actions.get(2).assignees().get(0).name());
    }

    @Test
    void shouldNameTheTeamNotTheArticleAndNoOwnerForAnImperative() {
        assertEquals(List.of("Open Standards team"),
                ActionLine.parse("Action: The Open Standards team to engage with the archives.").owners());
        assertEquals(List.of(), ActionLine.parse("Action: Send letters to external members inviting them.").owners());
    }

    @Test
    void shouldNotTakeATitleAndAnInitialForAnOwner() {
        assertEquals(null, OwnerCell.parse("Mr N"));
        assertEquals(List.of("N Heath"), OwnerCell.parse("Mr N Heath"));
    }
}
