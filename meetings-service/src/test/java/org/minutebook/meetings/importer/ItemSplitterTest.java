package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.importer.ItemSplitter.RawItem;

class ItemSplitterTest {

    private static List<RawItem> split(String text) {
        return ItemSplitter.split(TextCleaner.clean(text), 0);
    }

    private static List<String> numbers(String text) {
        return split(text).stream().map(RawItem::number).toList();
    }

    @Test
    void shouldReadNumberAloneWithTitleOnNextLine() {
        List<RawItem> items = split("1\n\nMinutes of Meeting held on 10th May 2011\n\nThe minutes were agreed.\n\n"
                + "2\n\nMatters Arising\n\nNone");
        assertEquals(List.of("1", "2"), items.stream().map(RawItem::number).toList());
        assertEquals("Minutes of Meeting held on 10th May 2011", items.get(0).title());
    }

    @Test
    void shouldJoinTitleWrappedOverLines() {
        List<RawItem> items = split("17\n\nReports back : (a) Local Strategic Partnership;   (b) Adult Wellbeing \n"
                + "Partnership;  (c) Children and Young People's Partnership\n\nThere were no reports back.");
        assertEquals("Reports back : (a) Local Strategic Partnership; (b) Adult Wellbeing Partnership; "
                + "(c) Children and Young People's Partnership", TitleCleaner.clean(items.get(0).title()).text());
    }

    @Test
    void shouldContinueLetteredSubItemsUnderTheirNumber() {
        assertEquals(List.of("5", "6(a)", "6(b)", "6(c)", "7"),
                numbers("#### 5 Any Other Business\n\nNone.\n\n#### 6 (a) Minutes of YOT Board\n\nNoted.\n\n"
                        + "#### (b) \\*Minutes of Adults Board\n\nNoted.\n\n**(c) \\*Minutes of Children's Board**\n\n"
                        + "Noted.\n\n## **7 Integrated Offender Management**\n\nText."));
    }

    @Test
    void shouldKeepPlainLetteredListInsideItsItem() {
        assertEquals(List.of("16", "17"), numbers("16 Reports Back:\n\n- a) Local Strategic Partnership\n"
                + "- b) Adult Wellbeing Partnership\n\nMembers were asked to note.\n\n17 Date of next meeting"));
        assertEquals(List.of("8", "9"), numbers("8 ASB\n\nThe report included:\n\n(a) Crime figures\n\n"
                + "(b) Youth patrols\n\n9 CAVIC\n\nText."));
    }

    @Test
    void shouldReadReferenceCodes() {
        assertEquals(List.of("SSP136/13", "SSP137/13"),
                numbers("SSP 136/13\tDeclarations of Interest\n\n\tNone.\n\nSSP 137/13\tMinutes\n\n\tApproved."));
        assertEquals(List.of("SSP/4/25", "SSP/5/25"),
                numbers("SSP/4/25\n\nUpdate On DARDRS\n\nText.\n\nSSP/5/25\n\nKnife Crime\n\nText."));
        assertEquals(List.of("SSP1524", "SSP1525"),
                numbers("SSP 1524 Evacuation Procedure\n\nNoted.\n\nSSP 1525 Declarations\n\nNone."));
    }

    @Test
    void shouldOrderReferencesPrintedWithoutTheirYearSlash() {
        assertEquals(List.of("SSP/4724", "SSP/4824", "SSP/5124"), numbers("SSP/4724\n\nEvacuation Procedure\n\n"
                + "Noted.\n\nSSP/4824\n\nIntroductions\n\nGiven.\n\nSSP/5124\n\nRecorded Crime\n\nNoted."));
    }

    @Test
    void shouldNotTakeNumbersInTheDiscussionForItems() {
        assertEquals(List.of("9", "10", "11"), numbers("9\n\nFirst\n\nText.\n\n10\n\nTown Centre Presentation\n\n"
                + "2 examples of where Criminal Behaviour Orders had been issued were discussed.\n\n"
                + "2016/17 figures\n\n11\n\nOperation Raptor\n\nText."));
    }

    @Test
    void shouldIgnorePageNumberBetweenItems() {
        assertEquals(List.of("3", "4"), numbers("3\nNight Time Economy\nStreet pastors had been deployed and the\n"
                + "4\nnumber of assaults had fallen.\n4\nDomestic Violence Strategy\nDeferred."));
    }

    @Test
    void shouldReadInlineNumbersWithPunctuationAndGlue() {
        assertEquals(List.of("173", "174", "175"), numbers("173  Partnership Assessment\n\nText.\n\n174. Minutes\n\n"
                + "Text.\n\n175Matters Arising\n\nText."));
    }

    @Test
    void shouldFallBackToStandaloneTitlesWhenNothingIsNumbered() {
        List<RawItem> items = split("Evacuation Procedure\n\n\nThe Evacuation Procedure was noted\n\n\n"
                + "Declarations of Interest\n\n\nThere were no Declarations of Interest.");
        assertEquals(List.of("1", "2"), items.stream().map(RawItem::number).toList());
        assertEquals("Declarations of Interest", items.get(1).title());
    }

    @Test
    void shouldEndATitleAtTheColonBeforeItsText() {
        List<RawItem> items = split("3713.\tPolice Reports:  None received.\n\n3714.\tFinancial Report:  Charitable "
                + "A/C \u00a319,239.18.\n\n3715.   Accounts for payment:-\nMerlin Waste - \u00a330\n\n"
                + "3716. Planning: Land at Hill Farm\n\nNo objection.");
        assertEquals(List.of("Police Reports", "Financial Report", "Accounts for payment",
                "Planning: Land at Hill Farm"), items.stream().map(RawItem::title).toList());
        assertEquals("None received.", items.get(0).body().get(0).text());
    }

    @Test
    void shouldTakeAHeadingPrintedAfterItsOneWordText() {
        List<RawItem> items = split("2\n\nAPOLOGIES\n\nNone received from members.\n\n3\n\nNone.\n\n"
                + "DECLARATION OF CONFLICT OF INTEREST\n\n4\n\nCHAIRPERSON'S ANNOUNCEMENTS\n\nNone.");
        assertEquals(List.of("APOLOGIES", "DECLARATION OF CONFLICT OF INTEREST", "CHAIRPERSON'S ANNOUNCEMENTS"),
                items.stream().map(RawItem::title).toList());
        assertEquals("None.", items.get(1).body().get(0).text());
    }

    @Test
    void shouldEndATitleInCapitalsWhereItsTextBegins() {
        List<RawItem> items = split("1. MINUTES OF THE FEBRUARY MEETING These were moved as correct by Robert Preston "
                + "and Esme Clark\n\n2. NEW ISSUES\n\nNone.\n\n3. CCTV Update\n\nNoted.");
        assertEquals(List.of("MINUTES OF THE FEBRUARY MEETING", "NEW ISSUES", "CCTV Update"),
                items.stream().map(RawItem::title).toList());
        assertEquals("These were moved as correct by Robert Preston and Esme Clark", items.get(0).body().get(0).text());
    }

    @Test
    void shouldSplitLetteredSubItemsWithTextOnTheirLine() {
        List<String> numbers = numbers("1. Minutes\n\nApproved.\n\n2. Matters arising\n\n"
                + "a) Use of the hall for a surgery\n\nEsme will contact the hall's manager.\n\n"
                + "b) Community Space: Hannah will come back to this issue\n\n"
                + "c) Budget crisis for Scottish councils and urgent need for policy change on tax\n\n"
                + "The meeting agreed to write to the MSPs.\n\n3. Any other business\n\nNone.");
        assertEquals(List.of("1", "2", "2(a)", "2(b)", "2(c)", "3"), numbers);
    }

    @Test
    void shouldPreferHeadingsToANumberedListLateInTheText() {
        List<RawItem> items = split("## Welcome\n\nThe chair welcomed members.\n\n"
                + "## Data service\n\nThe review was presented.\n\nIt named three audiences:\n\n"
                + "1) The public: interest is high but finding data is hard.\n\n"
                + "2) The publishers: they need better tools and guidance.\n\n"
                + "3) The developers: they need support and better data.\n");
        assertEquals(List.of("Welcome", "Data service"), items.stream().map(RawItem::title).toList());
    }

    @Test
    void shouldEndAFinishedHeadingBeforeItsSecondLanguageLineOrSubHeading() {
        List<RawItem> items = split("1. Calling of the Roll and Apologies for Absence\nA’ Gairm a’ Chlàir agus "
                + "Leisgeulan\nPresent:\nMr G Adam, Mrs J Barclay\n\n2. Declarations of Interest\nNone.");
        assertEquals("Calling of the Roll and Apologies for Absence", items.get(0).title());
        items = split("1 Procedural Business\n(a) Declarations of Substitutes\n1.1 There were no substitutes.\n"
                + "2 Minutes\n2.1 The minutes were approved.");
        assertEquals("Procedural Business", items.get(0).title());
    }

    @Test
    void shouldJoinAHeadingCutBeforeTheWordsItNeeds() {
        List<RawItem> items = split("7. Community Assets &\nServices Overview\nThe report was noted.\n\n"
                + "8. Declarations\nof Conflicts of Interest\nNone.\n\n9. PROCUREMENT CONTRACT 18/18 - FLOOD "
                + "DAMAGE REPAIRS\nPACKAGE 2\nThe contract was awarded.");
        assertEquals(List.of("Community Assets & Services Overview", "Declarations of Conflicts of Interest",
                "PROCUREMENT CONTRACT 18/18 - FLOOD DAMAGE REPAIRS PACKAGE 2"),
                items.stream().map(RawItem::title).toList());
    }

    @Test
    void shouldSplitSubItemsThatRepeatTheirItemsNumber() {
        List<RawItem> items = split(
                "1.\n\nFormalities and Announcements\n\n1.(i)\n\nMinutes\n\nThe minutes were approved "
                        + "as a correct record.\n\n1.(ii) Urgent Decisions\n\nNo urgent decisions were reported.\n\n2.\n\n"
                        + "Community Engagement\n\n2.(i)\n\nPublic Question Time\n\nFour questions were submitted.");
        assertEquals(List.of("1", "1.(i)", "1.(ii)", "2", "2.(i)"), items.stream().map(RawItem::number).toList());
        assertEquals(List.of("Formalities and Announcements", "Minutes", "Urgent Decisions", "Community Engagement",
                "Public Question Time"), items.stream().map(RawItem::title).toList());
        assertEquals("No urgent decisions were reported.",
                items.get(2).body().stream().filter(l -> !l.blank()).findFirst().orElseThrow().text());
    }

    @Test
    void shouldKeepASubItemOfAnotherNumberOrOutOfOrderAsText() {
        assertEquals(List.of("1", "2"), numbers("1.\n\nFormalities\n\n3.(i)\n\nMinutes\n\nApproved.\n\n1.(iii)\n\n"
                + "Announcements\n\nNone.\n\n2.\n\nCommunity Engagement\n\nNone."));
    }
}
