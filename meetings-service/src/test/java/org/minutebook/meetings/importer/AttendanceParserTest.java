package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.PersonRecord;

class AttendanceParserTest {

    private static AttendanceRecord parse(String text) {
        List<Line> lines = TextCleaner.clean(text);
        return AttendanceParser.parse(lines, ItemSplitter.firstCandidate(lines, 0)).attendance();
    }

    private static List<String> names(List<PersonRecord> people) {
        return people.stream().map(PersonRecord::name).toList();
    }

    @Test
    void shouldSeparateHonorificRoleAndOrganisation() {
        AttendanceRecord a = parse("Present: Cllr Steve Nelson (Chair), Geoff Lee (Chairman - Tristar Homes), "
                + "Councillor Jim Beall (Vice Chair), Dr Ann Smith (In the Chair)");
        PersonRecord nelson = a.present().get(0);
        assertEquals(new PersonRecord("Steve Nelson", "Cllr", null, "Chair"), nelson);
        assertEquals(new PersonRecord("Geoff Lee", null, "Tristar Homes", "Chair"), a.present().get(1));
        assertEquals("Vice Chair", a.present().get(2).role());
        assertEquals(new PersonRecord("Ann Smith", "Dr", null, "In the Chair"), a.present().get(3));
    }

    @Test
    void shouldAttachStrayBracketAndKeepCommasInsideBrackets() {
        AttendanceRecord a = parse("Present: John Bentley, (Safe in Tees Valley), Gilly Marshall (Thirteen)\n\n"
                + "Also in attendance: Chris Dunwell, Tony Roach (Town Centre Officers, SBC Community Safety)");
        assertEquals(List.of("John Bentley", "Gilly Marshall"), names(a.present()));
        assertEquals("Safe in Tees Valley", a.present().get(0).organisation());
        assertEquals(List.of("Chris Dunwell", "Tony Roach"), names(a.inAttendance()));
        assertEquals("Town Centre Officers, SBC Community Safety", a.inAttendance().get(1).organisation());
    }

    @Test
    void shouldKeepOnePersonListedTwiceAndReadNoneAsEmpty() {
        AttendanceRecord a = parse("Present: Jamie McCann, Angela Connor (Stockton Council), Jamie McCann\n\n"
                + "Also in attendance: None.\n\nApologies: Cllr Jim Beall and Claire Sills.");
        assertEquals(List.of("Jamie McCann", "Angela Connor"), names(a.present()));
        assertTrue(a.inAttendance().isEmpty());
        assertEquals(List.of("Jim Beall", "Claire Sills"), names(a.apologies()));
    }

    @Test
    void shouldReadApologiesSubmittedOnBehalfOf() {
        assertEquals(List.of("Jane Humphreys", "Lucia Saiger", "Marilyn Davies"),
                names(parse("Apologies:   were submitted on behalf of Jane Humphreys, Lucia Saiger, Marilyn Davies.")
                        .apologies()));
        assertEquals(List.of("Marilyn Surtees", "Jane Smith", "Lisa Evans"),
                names(parse("Apologies for absence were submitted on behalf of Cllr Marilyn Surtees, "
                        + "Jane Smith (OPCC) and Cllr Lisa Evans.").apologies()));
    }

    @Test
    void shouldJoinNamesBrokenAcrossLines() {
        AttendanceRecord a = parse("Present: Cllr Steve Nelson (Chair), John Bentley (Safe in\nTees Valley), Steven\n"
                + "Hume (SBC)\nOfficers: Fiona McKie (LD)");
        assertEquals(List.of("Steve Nelson", "John Bentley", "Steven Hume"), names(a.present()));
        assertEquals("Safe in Tees Valley", a.present().get(1).organisation());
        assertEquals(List.of("Fiona McKie"), names(a.officers()));
    }

    @Test
    void shouldReadTableRowsAsNameAndOrganisation() {
        AttendanceRecord a = parse("Present:\tCllr Steve Nelson (Chairman)\tStockton Borough Council\n"
                + "\tJane Humphreys\tSBC\n\tMick Williams\tCleveland Police");
        assertEquals(List.of("Steve Nelson", "Jane Humphreys", "Mick Williams"), names(a.present()));
        assertEquals("Cleveland Police", a.present().get(2).organisation());
    }

    @Test
    void shouldSplitEntriesMissingTheirComma() {
        AttendanceRecord a = parse("Present: Dave Hill (Cleveland Police) Joanne Hodgkinson (Police Authority)");
        assertEquals(List.of("Dave Hill", "Joanne Hodgkinson"), names(a.present()));
    }

    @Test
    void shouldEndListAtLayoutLines() {
        AttendanceRecord a = parse("Apologies for absence:\nJohn Bentley, Steve Rose\nItem Description Decision\n"
                + "Public\nSSP\n136/13\nDECLARATIONS OF INTEREST");
        assertEquals(List.of("John Bentley", "Steve Rose"), names(a.apologies()));
    }

    @Test
    void shouldDropPostNominals() {
        assertEquals(List.of("Norma Stephenson", "Bill Woodhead"),
                names(parse("Present: Cllr Norma Stephenson O.B.E, Cllr Bill Woodhead MBE").present()));
    }

    @Test
    void shouldReadAnAttendanceListThatClosesTheMinutes() {
        var record = new MinutesParser().parse("# Minutes of the Standards Board held on 13 November 2015\n\n"
                + "## Declarations of interest\n\nNone were raised.\n\n## Vacancies online\n\n"
                + "The board agreed that the schema be adopted.\n\n## Any other business\n\nNone.\n\n"
                + "## Attendees\n\n* Adrian Hepworth, Atos\n* Dan Appelquist, Telefonica\n* Jeni Tennison, ODI (via phone)\n\n"
                + "### Apologies\n\n* John Sheridan, The National Archives\n\n"
                + "## Papers discussed at this meeting\n\n* [Vacancies online](https://example.org/vacancies)\n", null);
        var a = record.attendance();
        assertEquals(List.of("Adrian Hepworth", "Dan Appelquist", "Jeni Tennison"),
                a.present().stream().map(p -> p.name()).toList());
        assertEquals("Atos", a.present().get(0).organisation());
        assertEquals(List.of("John Sheridan"), a.apologies().stream().map(p -> p.name()).toList());
        assertEquals(List.of("Declarations of interest", "Vacancies online", "Any other business"),
                record.items().stream().map(i -> i.title()).toList());
    }

    @Test
    void shouldReadALabelInsideAListAndALabelWithoutItsColon() {
        var a = new MinutesParser()
                .parse("GENERAL MEETING MONDAY 4 DECEMBER 2023\n\nPresent: Esme Clark, John Foster,\n"
                        + "Alistair Shaw (representing the MP) In attendance: Gordon MacKay.\n\n"
                        + "Apologies Annie Morgan, Cllrs Alam and Bell\n\n1. MINUTES\\\n    These were approved.\n",
                        null)
                .attendance();
        assertEquals(List.of("Esme Clark", "John Foster", "Alistair Shaw"),
                a.present().stream().map(p -> p.name()).toList());
        assertEquals(List.of("Gordon MacKay"), a.inAttendance().stream().map(p -> p.name()).toList());
        assertEquals(List.of("Annie Morgan", "Alam", "Bell"), a.apologies().stream().map(p -> p.name()).toList());
    }

    @Test
    void shouldReadATableRowWithADashCellAsOnePerson() {
        var a = new MinutesParser().parse("Technical Board\n\nMinutes of the meeting\nThursday 28 March 2019\n\n"
                + "Attendees:\nMark Wardle (MW) (Chair)\t\t-\tCardiff and Vale UHB\nAndy Warburton (AWa)\t-\t"
                + "Aneurin Bevan UHB\n\ne-Prescribing\n\nMW said that e-prescribing was a foundation to many things.\n",
                null);
        assertEquals(List.of("Mark Wardle", "Andy Warburton"),
                a.attendance().present().stream().map(p -> p.name()).toList());
        assertEquals("Cardiff and Vale UHB", a.attendance().present().get(0).organisation());
        assertEquals("e-Prescribing", a.items().get(0).title());
    }

    @Test
    void shouldReadTheRollCallUnderTheFirstItem() {
        List<Line> lines = TextCleaner.clean("Minutes of Meeting of the Council held on Thursday, 15 December 2016.\n"
                + "1. Calling of the Roll and Apologies for Absence\nPresent:\nDr D Alston, Mr R Balfour, Mrs J "
                + "Barclay, Mr A Baxter, Mr I Brown, Mrs C Caddick, Miss J Campbell, Mrs H Carmichael, Mr A Christie, "
                + "Mr B Clark\nApologies for absence were intimated on behalf of Mr D Bremner and Mrs I Campbell.\n"
                + "2. Declarations of Interest\nNone.");
        int first = ItemSplitter.firstCandidate(lines, 0);
        assertTrue(AttendanceParser.parse(lines, first).attendance().present().isEmpty());
        AttendanceRecord a = AttendanceParser.rollCall(lines, first).attendance();
        assertEquals(10, a.present().size(), "a paragraph of 10 names is a list, not a sentence");
        assertEquals("D Alston", a.present().get(0).name());
        assertEquals(List.of("D Bremner", "I Campbell"), names(a.apologies()));
    }

    @Test
    void shouldReadLabelsWithHowTheyAttendedAndIrishOfficials() {
        AttendanceRecord a = parse("Present: Councillor Mac Cafferty (Chair) and Bell\n\nAlso present via Teams "
                + "virtually: Ann Smith\n\nOFFICIALS IN ATTENDANCE:\n- Mr H. Kearns, County Manager\n"
                + "- Mr S. O’Toole. Senior Executive Engineer\n- Mr J. Murphy, Senior Executive Officer\n\n"
                + "1. Minutes\nAgreed.");
        assertEquals(List.of("Ann Smith"), names(a.inAttendance()));
        assertEquals(3, a.officers().size(), "a stray stop does not end a bulleted list: " + a.officers());
        assertEquals("H. Kearns", a.officers().get(0).name());
    }

    @Test
    void shouldDropOfficesStandingAsEntriesAndKeepTitledNamesTogether() {
        AttendanceRecord a = parse(
                "Present: Cllr. Joe Sullivan, Leas-Chathaoirleach, Cllr. Oliver Walsh, Owen Williams "
                        + "and County Councillor Joseph Davies\n\n1. Minutes\nAgreed.");
        assertEquals(List.of("Joe Sullivan", "Oliver Walsh", "Owen Williams", "Joseph Davies"), names(a.present()));
    }

    @Test
    void shouldReadAPostPrintedBeforeTheTitledName() {
        PersonRecord p = PersonParser.parse("Standing Invitee Dr Anusree Biswas Sasidharan");
        assertEquals(new PersonRecord("Anusree Biswas Sasidharan", "Dr", null, "Standing Invitee"), p);
        assertEquals("Ann Smith", PersonParser.parse("Ann Smith").name(), "a name without a title stays whole");
    }

    @Test
    void shouldTakeALabelFollowedByAColumnGapAsALabel() {
        AttendanceRecord a = parse("Present                    The Mayor, Cllr. D. Hobson (DH) (in the chair).\n\n"
                + "Councillors:  Mrs. E. Ballard (EB), J. Baskett (JB) and Mrs. P.F. Watson (PFW).\n\n"
                + "336.         Apologies for Absence\nNone.");
        assertEquals(List.of("D. Hobson", "E. Ballard", "J. Baskett", "P.F. Watson"), names(a.present()));
    }

    @Test
    void shouldReadUnlabelledMembersAndAStaffBlockBelowThem() {
        AttendanceRecord a = parse("Minutes of the Meeting of Thame Town Council held on 27 April 2021.\n\n"
                + "Cllrs B Austin, D Bretherton, P Cowell (Deputy Mayor),\nL Emery and T Wyse\n\n"
                + "C Pinnells, Acting Town Clerk\nL Fuller, Committee Services Officer\n\n1 Apologies for Absence\n\n"
                + "None.");
        assertEquals(List.of("B Austin", "D Bretherton", "P Cowell", "L Emery", "T Wyse"), names(a.present()));
        assertEquals(List.of("C Pinnells", "L Fuller"), names(a.officers()));
    }

    @Test
    void shouldKeepAMembersPostInItsListAndTitledNamesInAnOpenList() {
        AttendanceRecord a = parse("Present:\n\nAnn Smith, Chief Executive\nBob Jones, Director of Finance\n\n"
                + "Apologies: Eve White,\nCllrs Alam and Bell\n\n1. Minutes\n\nApproved.");
        assertEquals("Ann Smith", a.present().get(0).name());
        assertTrue(a.officers().isEmpty());
        assertEquals(List.of("Eve White", "Alam", "Bell"), names(a.apologies()));
    }

    @Test
    void shouldReadStaffNamedInAnAlsoPresentSentence() {
        AttendanceRecord a = parse("Present: Cllr. D. Hobson, Mrs. E. Ballard.\n\nThe Town Clerk, Mrs. L.M. Phillips, "
                + "the Town Clerk\u2019s Assistant, Mrs. M.C. Vincent and a member of the public were also present.\n\n"
                + "336. Apologies for Absence\nNone.");
        assertEquals(List.of("L.M. Phillips", "M.C. Vincent"), names(a.officers()));
        assertEquals(List.of("D. Hobson", "E. Ballard"), names(a.present()));
    }

    @Test
    void shouldDropTheReasonGivenForAnApology() {
        AttendanceRecord a = parse("Present: Cllr Ann Smith\n\nApologies were received from Cllr Dodds (personal) and "
                + "Cllr Bob Brown (work commitments).\n\n1 Minutes\n\nApproved.");
        assertEquals(List.of("Dodds", "Bob Brown"), names(a.apologies()));
        assertEquals(java.util.Arrays.asList(null, null),
                a.apologies().stream().map(PersonRecord::organisation).toList());
    }

    @Test
    void shouldKeepANicknameInBracketsInsideTheName() {
        AttendanceRecord a = parse("PRESENT:\n\nCr Hine Flood, Cr Michael (Mike) Bird, Cr Denise Eaglesome-\n"
                + "Karekare, Cr Charles (Charlie)\nLambert, Mr Kiwa Hammond\n\n1. Apologies\n\nNone.");
        assertEquals(List.of("Hine Flood", "Michael Bird", "Denise Eaglesome-Karekare", "Charles Lambert",
                "Kiwa Hammond"), names(a.present()));
    }

    @Test
    void shouldTakeATrailingAcronymOrChairForTheOrganisationOrRole() {
        AttendanceRecord a = parse("Attendees:\n\nLiam Maxwell Chair\nPaul Downey GDS\nJohn Adams DfID (phone)\n"
                + "Jeni Tennison ODI\n\n1. Minutes\n\nAgreed.");
        assertEquals(List.of("Liam Maxwell", "Paul Downey", "John Adams", "Jeni Tennison"), names(a.present()));
        assertEquals("GDS", a.present().get(1).organisation());
        assertEquals("chair", a.present().get(0).role().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void shouldReadApologiesAcceptedInAResolution() {
        assertEquals(List.of("J Harker", "C Lambert", "P Kelly"), names(ApologiesInItems.fromText(
                "That the apologies received from Councillors J Harker & C Lambert and P Kelly be accepted and leave "
                        + "of absence granted.")));
    }
}
