package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.BlockBuilder.Block;
import org.minutebook.meetings.record.ActionRecord;
import org.minutebook.meetings.record.ActionRecord.Source;
import org.minutebook.meetings.record.AssigneeRecord;

/**
 * ACTION-column entries ("JL/ SJ", "ALL to Note") as actions of the item they stand in. The paragraph the entry
 * stands beside (the one before it, else the one after) is what is to be done; initials resolve against the
 * attendance only where exactly one attendee fits.
 */
final class ActionExtractor {

    record ColumnActions(List<ActionRecord> actions, Set<String> describedBy) {
    }

    private static final Pattern INITIALS = Pattern.compile("[A-Z]{2,4}");

    private ActionExtractor() {
    }

    static ColumnActions fromColumn(List<Block> blocks, String title, Roster roster) {
        List<ActionRecord> actions = new ArrayList<>();
        Set<String> described = new HashSet<>();
        for (int i = 0; i < blocks.size() && actions.size() < 100; i++) {
            Block b = blocks.get(i);
            if (!b.action()) {
                continue;
            }
            ActionLine.Parsed written = ActionLine.parse(b.text());
            String description = written != null ? written.text() : neighbour(blocks, i);
            if (description != null) {
                described.add(description);
            }
            List<AssigneeRecord> assignees = new ArrayList<>(b.owners().size());
            for (String owner : b.owners()) {
                String name = "ALL".equals(owner)
                        ? null
                        : INITIALS.matcher(owner).matches()
                                ? roster.byInitials(owner)
                                : OwnerCell.assignee(owner, roster);
                if (name != null) {
                    assignees.add(new AssigneeRecord(owner, name));
                }
            }
            String text = description != null ? description : title;
            actions.add(new ActionRecord(PersonParser.clip(text, 5_000), b.owners(), assignees,
                    DateParser.findDate(b.text(), null), Source.ACTION_COLUMN));
        }
        return new ColumnActions(actions, described);
    }

    private static String neighbour(List<Block> blocks, int i) {
        int j = i - 1;
        while (j >= 0 && blocks.get(j).action()) {
            j--;
        }
        if (j >= 0) {
            return blocks.get(j).text();
        }
        j = i + 1;
        while (j < blocks.size() && blocks.get(j).action()) {
            j++;
        }
        return j < blocks.size() ? blocks.get(j).text() : null;
    }
}
