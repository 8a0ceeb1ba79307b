package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.ActionRecord;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.meetings.record.PersonRecord;
import org.minutebook.meetings.record.ResolutionRecord;

/**
 * Layouts met in new councils' minutes (made-up text in their shapes): minute numbers glued to their prefix, whole
 * numbers printed "1.0", a dash between a heading and its text, attendance minuted as items, a decision verb wrapped
 * onto its own line, decisions after "and", a label mid-line, a minute reference before its motion, and whose an
 * action is after a dash.
 */
class MinuteLayoutsTest {

    private final MinutesParser parser = new MinutesParser();

    private MeetingRecord read(String text) {
        return parser.read(text, null).record();
    }

    private static List<String> numbers(MeetingRecord r) {
        return r.items().stream().map(ItemRecord::number).toList();
    }

    private static List<String> titles(MeetingRecord r) {
        return r.items().stream().map(ItemRecord::title).toList();
    }

    private static List<String> resolutions(ItemRecord item) {
        return item.resolutions().stream().map(ResolutionRecord::text).toList();
    }

    /** A motion keeps its "That", a decision after its verb has none: either reads the same. */
    private static List<String> withoutThat(List<String> texts) {
        return texts.stream().map(t -> t.startsWith("That ") ? t.substring(5) : t).toList();
    }

    private static List<String> names(List<PersonRecord> people) {
        return people.stream().map(PersonRecord::name).toList();
    }

    @Test
    void shouldReadMinuteNumbersGluedToTheirPrefix() {
        MeetingRecord r = read(Fixtures.minutes("C01/19 Notice of Meeting\n\nThe Mayor read the notice.\n\n"
                + "C02/19 Apologies\n\nNone.\n\nC03/19 Planning Matters\n\nThe report was noted.\n"));
        assertEquals(List.of("C01/19", "C02/19", "C03/19"), numbers(r));
        assertEquals("Planning Matters", r.items().get(2).title());
    }

    @Test
    void shouldReadWholeNumbersPrintedWithNoughtAndTheirDecimalSubItems() {
        MeetingRecord r = read(Fixtures.minutes("1.0 Matters arising - none\n\n2.0 Financial Position - \u00a34,519.95"
                + "\n\n3.0 Broadband \u2013 RC spoke with the supplier. A letter has been sent.\n\n"
                + "4.0 Members Items\n\n4.1 Car park at the hall\n\nThe car park was discussed.\n"));
        assertEquals(List.of("1.0", "2.0", "3.0", "4.0", "4.1"), numbers(r));
        assertEquals(List.of("Matters arising", "Financial Position", "Broadband", "Members Items",
                "Car park at the hall"), titles(r));
    }

    @Test
    void shouldReadADecisionOrTheApologiesInTheHeadingItself() {
        MeetingRecord r = read("Minutes of the Meeting held in the Hall on Thursday 25th August 2016\n\n"
                + "Present: Roger Clegg, Jo Chapman, David Robinson\n\n"
                + "1.0 Apologies from Sue Smith, Dave Koller, Liz Hamilton\n\n"
                + "2.0 Minutes of meeting of 26th May approved.\n\n3.0 Correspondence\n\nNone.\n");
        assertEquals(List.of("Apologies", "Minutes of meeting of 26th May", "Correspondence"), titles(r));
        assertEquals(List.of("Sue Smith", "Dave Koller", "Liz Hamilton"), names(r.attendance().apologies()));
        assertEquals(List.of("Minutes of meeting of 26th May approved"), resolutions(r.items().get(1)));
    }

    @Test
    void shouldNotTakeASignatureLineForAnAction() {
        MeetingRecord r = read(Fixtures.minutes("1. Closure\n\nThe meeting closed at 2.40pm.\n"
                + "DATE: ..............................               CHAIRMAN:\n"));
        assertEquals(List.of(), r.items().get(0).actions());
    }

    @Test
    void shouldReadAMinuteReferenceBesideTheAgendaNumberAndATitleWrappedOverABlankLine() {
        MeetingRecord r = read("MINUTES OF THE PARISH COUNCIL MEETING HELD ON WEDNESDAY 22 MARCH 2023.\n\n"
                + "THOSE ATTENDING:\n\nCllr H Allsopp\n\nCllr Vaughan (Chair)\n\nCllr L Watson\n\n"
                + "C059/22      1.         APOLOGIES FOR ABSENCE.\n\nApologies were received from Cllr J Foster.\n\n"
                + "C060/22      2.         DECLARATIONS OF DISCLOSABLE PECUNIARY AND\n\n"
                + "OTHER REGISTERABLE INTERESTS.\n\nNone were declared.\n");
        assertEquals(List.of("C059/22", "C060/22"), numbers(r));
        assertEquals(List.of("APOLOGIES FOR ABSENCE",
                "DECLARATIONS OF DISCLOSABLE PECUNIARY AND OTHER REGISTERABLE INTERESTS"), titles(r));
        assertEquals(List.of("H Allsopp", "Vaughan", "L Watson"), names(r.attendance().present()));
    }

    @Test
    void shouldReadTheApprovalOfTheNotesOfThePreviousMeetingAfterItsReference() {
        MeetingRecord r = read(Fixtures.minutes("4. Notes of previous meeting held on 14 July 2025: 050/25: These "
                + "were proposed by SU and seconded by PD that the notes be accepted as a true record.\n\n"
                + "5. Planning: 051/25: None\n"));
        assertEquals(1, r.items().get(0).resolutions().size());
    }

    @Test
    void shouldFollowAPostWrappedAfterItsDashAndListsUnderTheFirstItem() {
        MeetingRecord r = read("MUNICIPALITY OF MORRIS\n\nTuesday December 6th 2011 7:30 pm\n\n"
                + "1) Call to order: The meeting was called to order by the Mayor at 7:30 pm.\n\n"
                + "Council in Attendance:\n\nPaul Gowing\nJason Breckenridge\n\nStaff in Attendance:\n\n"
                + "Nancy Michie                Administrator Clerk Treasurer\n\nOthers in Attendance:\n\n"
                + "L Hooper \u2013 Principal\nGovernance Advisor\nM Collings \u2013 Chief\nFinancial Officer\n\n"
                + "2) Agenda:\n\nMotion:  494-2011      Moved by Neil Warwick          Seconded by Jason Breckenridge\n\n"
                + "\u201cThat the agenda for the meeting be adopted as amended.\u201d\n\n"
                + "Disposition                        Carried\n\n3) Minutes:\n\nNone.\n");
        assertEquals(List.of("Paul Gowing", "Jason Breckenridge"), names(r.attendance().present()));
        assertEquals(List.of("Nancy Michie"), names(r.attendance().officers()));
        assertEquals(List.of("L Hooper", "M Collings"), names(r.attendance().inAttendance()));
        assertEquals("Principal Governance Advisor", r.attendance().inAttendance().get(0).organisation());
        assertEquals(List.of("1", "2", "3"), numbers(r));
        assertEquals(1, r.items().get(1).resolutions().size());
    }

    @Test
    void shouldReadMembersListedWithoutALabelAndApologiesUnderAnyEarlyTitle() {
        MeetingRecord r = read("Town Council Monthly Meeting Wednesday 15 th January 2014\n\n"
                + "Councillor Moira Thomas (Mayor) Councillors Graham Davies, Ken Edwards, Mrs Jean Hire, John James "
                + "and Mrs Mary Wenman\n\nIn attendance: Melanie Carroll-Cliffe (Town Clerk)\n\n"
                + "133. Opening Prayer\n\nThe opening prayer was given.\n\n134. Personal Matters\n\n"
                + "Apologies were received from Cllrs Malcolm Davies and Hefin Williams.\n\n135. Finance\n\nNoted.\n");
        assertTrue(names(r.attendance().present()).containsAll(List.of("Moira Thomas", "Graham Davies",
                "Mary Wenman")), names(r.attendance().present()).toString());
        assertEquals(List.of("Malcolm Davies", "Hefin Williams"), names(r.attendance().apologies()));
    }

    @Test
    void shouldFollowEntriesWhoseDashOrTitleWrapsAndReadRegrets() {
        MeetingRecord r = read("MINUTES OF A meeting of the Joint Committee\nDate: Monday 18 March 2019\n"
                + "Present:   Cr Peter Beaven \u2013 HBRC - Chair\nCr Tony Jeffery\n\u2013 NCC \u2013 Deputy Chair\n"
                + "Cr\nPaul Bailey \u2013 HBRC\nIn Attendance:   Craig Goodier \u2013\nHBRC\n"
                + "N Jones \u2013 HB\nDHB\nRegrets: Trustees A. DeBartolo and D. Giangrande\n"
                + "1.  Welcome\nThe Chair welcomed everyone.\n2.  Reports\nNoted.\n");
        assertEquals(List.of("Peter Beaven", "Tony Jeffery", "Paul Bailey"), names(r.attendance().present()));
        assertEquals(List.of("Craig Goodier", "N Jones"), names(r.attendance().inAttendance()));
        assertEquals("HB DHB", r.attendance().inAttendance().get(1).organisation());
        assertEquals(List.of("A. DeBartolo", "D. Giangrande"), names(r.attendance().apologies()));
    }

    @Test
    void shouldKeepADashInsideATitle() {
        MeetingRecord r = read(Fixtures.minutes("1. Planning \u2013 Land at Hill Farm\n\nNo objection.\n\n"
                + "2. Budget\n\nNoted.\n"));
        assertEquals("Planning \u2013 Land at Hill Farm", r.items().get(0).title());
    }

    @Test
    void shouldReadAttendanceMinutedAsItemsOfTheirOwn() {
        MeetingRecord r = read("Minutes of the Parish Council Meeting held on Monday 11th April 2022\n"
                + "1) Chairman\nThe Chairman welcomed Councillors\n2) Present:\n"
                + "In the Chair A.Vigrass, T.Dixon, A.Stanley\n3) Apologies\nT.Martin, M.Norton, L.Bowden, C.Webster\n"
                + "4) Declarations of Interest\n5) Millennium Wood\n"
                + "Agreed \u2013 a tidy up group to clear some undergrowth to be arranged \u2013 AS & TD\n");
        assertTrue(names(r.attendance().present()).containsAll(List.of("T.Dixon", "A.Stanley")),
                names(r.attendance().present()).toString());
        assertEquals(List.of("T.Martin", "M.Norton", "L.Bowden", "C.Webster"), names(r.attendance().apologies()));
        assertEquals("Apologies", r.items().get(2).title());
        ItemRecord wood = r.items().get(4);
        List<ActionRecord> actions = wood.actions();
        assertEquals(1, actions.size());
        assertEquals(List.of("AS", "TD"), actions.get(0).owners());
        assertEquals(List.of("a tidy up group to clear some undergrowth to be arranged"), resolutions(wood));
    }

    @Test
    void shouldReadDecisionsWhereverTheSentencePutsThem() {
        MeetingRecord r = read(Fixtures.minutes("1. Transport\n\nStephen reported on bus franchising. It was\n"
                + "AGREED to invite the head of transport planning to a\nfuture meeting. There was also some "
                + "discussion of the Subway.\n\n2. Closed Session\n\nIt was RESOLVED that the Council had acted "
                + "in accordance with its procedures. However, the Council were sympathetic and thus also resolved "
                + "that it would not seek costs.\n\n3. Reports\n\nFunds would be spent on a mower Resolved \u2013 to "
                + "approve expenditure up to \u00a3400.\n\n4. Standards\n\nIt was agreed by the Board that in "
                + "principle it would adopt the standard.\n"));
        assertEquals(List.of("to invite the head of transport planning to a future meeting"),
                resolutions(r.items().get(0)));
        assertEquals(List.of("the Council had acted in accordance with its procedures", "it would not seek costs"),
                resolutions(r.items().get(1)));
        assertEquals(List.of("to approve expenditure up to \u00a3400"), resolutions(r.items().get(2)));
        assertEquals(List.of("in principle it would adopt the standard"), resolutions(r.items().get(3)));
    }

    @Test
    void shouldNotTakeAnEarlierDecisionAfterAndForOneOfThisMeeting() {
        MeetingRecord r = read(Fixtures.minutes("1. Hall\n\nThe group met and had agreed that the hall be painted "
                + "last year.\n\n2. Budget\n\nNoted.\n"));
        assertEquals(List.of(), resolutions(r.items().get(0)));
    }

    @Test
    void shouldReadAMotionUnderItsLabelWithItsMinuteReferenceAndMover() {
        MeetingRecord r = read(Fixtures.minutes("1. Apologies\n\nResolution\nDWG18/19   That the apologies from "
                + "Councillors\nTom Belford and Craig Little be accepted.\nWatkins/Apatu\nCARRIED\nThe Chairman "
                + "welcomed everyone.\n\n2. Events\n\nSubstantive motion\nCommittee's recommendation\nCouncillors\n"
                + "Boag / Tapine\nThat the Committee approve the sale of food.\nCarried\n"));
        assertEquals(List.of("the apologies from Councillors Tom Belford and Craig Little be accepted"),
                withoutThat(resolutions(r.items().get(0))));
        assertEquals(List.of("the Committee approve the sale of food"), withoutThat(resolutions(r.items().get(1))));
    }
}
