package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.PersonRecord;

/** Each list of the vocabulary, through the stage that reads it. */
class VocabularyTest {

    private static List<String> names(List<PersonRecord> people) {
        return people.stream().map(PersonRecord::name).toList();
    }

    @Test
    void shouldMatchPhrasesWholeInAnyCaseAndSpacing() {
        Pattern p = Pattern.compile("(?i)" + Vocabulary.alternation("attendance.present"));
        assertTrue(p.matcher("MEMBERS   PRESENT").matches());
        assertEquals("attendance.officers", Vocabulary.listOf("Officials  Present", "attendance.present",
                "attendance.officers"));
    }

    @Test
    void shouldReadEveryAttendanceLabel() {
        var a = new MinutesParser().parse("Minutes of the Council held on 3 March 2016\n\n"
                + "MEMBERS PRESENT: Cllr Jane Doe, Cllr John Smith\n\nIN THE CHAIR: Cllr Ann Jones\n\n"
                + "OFFICIALS PRESENT: Mr Tom Black\n\nAlso in attendance: Ms Eve White\n\n"
                + "Apologies tendered: Cllr Sam Grey\n\n1. Minutes\n\nRESOLVED that they be approved.\n", null)
                .attendance();
        assertEquals(List.of("Jane Doe", "John Smith", "Ann Jones"), names(a.present()));
        assertEquals(List.of("Tom Black"), names(a.officers()));
        assertEquals(List.of("Eve White"), names(a.inAttendance()));
        assertEquals(List.of("Sam Grey"), names(a.apologies()));
    }

    @Test
    void shouldReadDecisionVerbsAndMinutesApprovals() {
        var items = new MinutesParser().parse("Minutes of the Council held on 3 March 2016\n\n"
                + "Present: Cllr Jane Doe\n\n1. Minutes\n\nThe minutes of the meeting held on 4 February 2016 "
                + "were approved.\n\n2. Hall\n\nProposed by Cllr. J. Doe, seconded by Cllr. A. Smith and RESOLVED "
                + "that the hall be repainted.\n\n3. Bins\n\nIt was decided that two bins be bought.\n", null)
                .items();
        assertEquals(1, items.get(0).resolutions().size());
        assertEquals("the hall be repainted", items.get(1).resolutions().get(0).text());
        assertEquals(1, items.get(2).resolutions().size());
    }

    @Test
    void shouldReadWelshMonthsAndOrdinals() {
        assertEquals(java.time.LocalDate.of(2020, 9, 9), DateParser.findDate("Nos Fercher 9fed Medi 2020", null));
    }

    @Test
    void shouldReadWelshAttendanceHonorificsAndDecisions() {
        var record = new MinutesParser().parse("Cyngor Cymuned Llan\n\nCyfarfod 9fed Medi 2020\n\nPRESENNOL\n\n"
                + "Cynghorwyr Alun Davies, Kim Evans a\u2019r Cynghorydd Sir Joseph Price.\n\n"
                + "1. CROESO AC YMDDIHEURIADAU\n\nDerbyniwyd ymddiheuriadau gan y Cynghorwyr Arwel Jones ac "
                + "Andrew Thomas.\n\n2. COFNODION\n\nCynigiwyd gan y Cyng. A. Davies, eiliwyd gan y Cyng. K. Evans "
                + "a chytunwyd yn unfrydol bod cofnodion y cyfarfod diwethaf yn gywir.\n", null);
        assertEquals(List.of("Alun Davies", "Kim Evans", "Joseph Price"), names(record.attendance().present()));
        assertEquals(List.of("Arwel Jones", "Andrew Thomas"), names(record.attendance().apologies()));
        assertEquals("bod cofnodion y cyfarfod diwethaf yn gywir",
                record.items().get(1).resolutions().get(0).text());
    }

    @Test
    void shouldKeepOnlyWhatFollowsAMotionsFormula() {
        var items = new MinutesParser().parse("Minutes of the Council held on 3 March 2016\n\n"
                + "Present: Cllr Jane Doe, Cllr Alan Smith\n\n1. Benches\n\nIt was proposed by Cllr. J. Doe, "
                + "seconded by Cllr. A. Smith and unanimously agreed to buy two benches.\n", null).items();
        assertEquals("to buy two benches", items.get(0).resolutions().get(0).text());
    }

    @Test
    void shouldReadNamedOwnersInARightHandColumn() {
        assertEquals(List.of("O Williams", "Clerk"), OwnerCell.parse("Cllr. O. Williams/Clerk"));
        assertEquals(List.of("O Williams", "W Loynton"), OwnerCell.parse("Cllrs. O. Williams and W. Loynton"));
        assertEquals(List.of("Clerc", "Pawb"), OwnerCell.parse("Clerc/Pawb"));
        assertEquals(null, OwnerCell.parse("Noted"));
        assertEquals(null, OwnerCell.parse("Nodwyd"));
        var items = new MinutesParser().parse("Minutes of the Council held on 3 March 2016\n\n"
                + "Present: Cllr Owen Williams, Cllr Jane Doe\n\n1. Footpaths\n\n"
                + "The stile on footpath 12 is broken.\tCllr. O. Williams/Clerk\n", null).items();
        var action = items.get(0).actions().get(0);
        assertEquals(List.of("O Williams", "Clerk"), action.owners());
        assertEquals("Owen Williams", action.assignees().get(0).name());
    }

    @Test
    void shouldDropNewZealandTitlesBeforeNames() {
        var a = new MinutesParser().parse("Minutes of the Council held on 5 February 2019\n\n"
                + "PRESENT: His Worship the Mayor Craig Little (Mayor), Cr Denise Jones (Deputy Mayor), Cr Hine Flood, "
                + "Mr Paul Kelly\n\n1. Karakia\n\nGiven by Cr Flood.\n", null).attendance();
        assertEquals(List.of("Craig Little", "Denise Jones", "Hine Flood", "Paul Kelly"), names(a.present()));
    }

    @Test
    void shouldMarkAnItemTitledAsPrivateBusinessRestricted() {
        var items = new MinutesParser().parse("Minutes of the Council held on 3 March 2016\n\n"
                + "Present: Cllr Jane Doe\n\n1. Minutes\n\nApproved.\n\n2. In Camera\n\nA complaint was "
                + "considered.\n\n3. Closed Session\n\nA staffing matter was considered.\n", null).items();
        assertEquals(List.of(false, true, true), items.stream().map(i -> i.restricted()).toList());
    }
}
