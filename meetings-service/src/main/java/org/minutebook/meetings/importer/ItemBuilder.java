package org.minutebook.meetings.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.ActionExtractor.ColumnActions;
import org.minutebook.meetings.importer.BlockBuilder.Block;
import org.minutebook.meetings.importer.ItemSplitter.RawItem;
import org.minutebook.meetings.record.ActionRecord;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.ResolutionRecord;
import org.minutebook.meetings.record.ResolutionRecord.Outcome;

/** One agenda item's record from its heading and lines: the extractors, each for one kind of content. */
final class ItemBuilder {

    private static final Pattern RESTRICTED_TEXT = Pattern.compile("(?i)\\b(?:(?:a|this|the)\\s+restricted\\s+"
            + "(?:report|item|paper|document|presentation)|item\\s+(?:is|was)\\s+restricted|exempt\\s+information"
            + "|schedule\\s+12a)\\b");

    private ItemBuilder() {
    }

    static ItemRecord build(RawItem raw, Roster roster, LocalDate meeting) {
        TitleCleaner.Title title = TitleCleaner.clean(raw.title());
        List<Block> blocks = BlockBuilder.build(raw.body(), roster);
        String text = text(blocks);
        boolean restricted = title.restricted() || (mentionsRestriction(text) && RESTRICTED_TEXT.matcher(text).find());
        ColumnActions column = ActionExtractor.fromColumn(blocks, title.text(), roster);
        List<ActionRecord> actions = new ArrayList<>(column.actions());
        for (ActionRecord a : ImpliedActionFinder.find(blocks, column.describedBy(), roster, meeting)) {
            if (actions.size() < 100) {
                actions.add(a);
            }
        }
        String displayTitle = title.text().isEmpty() ? "Item " + raw.number() : title.text();
        List<ResolutionRecord> resolutions = ResolutionExtractor.extract(blocks, title.text());
        String approved = MinutesApprovals.titleBeforeApproval(displayTitle);
        if (approved != null) {
            // "2.0 Minutes of meeting of 26th May approved.": the heading carries the decision.
            resolutions = new ArrayList<>(resolutions);
            resolutions.add(0, new ResolutionRecord(ResolutionExtractor.clean(displayTitle), Outcome.APPROVED));
            displayTitle = approved;
        }
        String unnamed = ApologiesInItems.titleWithoutNames(displayTitle);
        if (unnamed != null) {
            // The names go with the item's text, where the apologies are read from.
            text = text.isEmpty() ? displayTitle : displayTitle + "\n" + text;
            displayTitle = unnamed;
        }
        // A minute reference beside the agenda number is not told apart from it in print: left to the review step.
        return new ItemRecord(PersonParser.clip(raw.number(), 40), null, displayTitle, restricted, text,
                resolutions,
                DeclarationExtractor.extract(blocks, title.text(), roster),
                actions, DeferralDetector.detect(blocks, title.deferred(), title.text(), meeting));
    }

    private static boolean mentionsRestriction(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("restricted") || lower.contains("exempt") || lower.contains("12a");
    }

    /** The discussion as plain text: paragraphs on their own lines, list entries as "- " lines. */
    private static String text(List<Block> blocks) {
        StringBuilder b = new StringBuilder();
        for (Block block : blocks) {
            if (block.action()) {
                continue;
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            if (block.bullet()) {
                b.append("- ");
            }
            b.append(block.text());
        }
        // Not clipped: a text over the record's limit is refused by its validation, naming the limit.
        return b.toString();
    }
}
