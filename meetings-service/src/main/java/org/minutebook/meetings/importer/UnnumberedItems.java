package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.ItemSplitter.RawItem;

/**
 * Last resort for minutes that print no item numbers (web pages whose numbers were links or images): a short title
 * line standing alone between blank lines and followed by discussion starts an item, numbered 1, 2, 3 … in order.
 * When the document marks headings (markdown, bold), only marked lines count.
 */
final class UnnumberedItems {

    private static final Pattern LABEL = Pattern.compile("^[\\p{L} .]{1,25}:(?:\\s|$)");
    private static final int MAX_WORDS = 12;
    private static final String[] ATTENDANCE = {"attendance.present", "attendance.officers",
            "attendance.inAttendance", "attendance.apologies"};
    private static final int MAX_HEADING_WORDS = 20;

    private UnnumberedItems() {
    }

    static List<RawItem> split(List<Line> lines, int from) {
        List<Integer> starts = new ArrayList<>();
        boolean anyEmphasised = false;
        for (int i = from; i < lines.size(); i++) {
            if (isTitle(lines, i)) {
                starts.add(i);
                anyEmphasised |= lines.get(i).emphasised();
            }
        }
        if (anyEmphasised) {
            starts.removeIf(i -> !lines.get(i).emphasised());
        }
        int top = topLevel(lines, starts);
        // "## AOB" with "### Clean Up" under it: the deeper headings subdivide an item.
        starts.removeIf(i -> lines.get(i).heading() && lines.get(i).level() > top);
        List<RawItem> items = new ArrayList<>(starts.size());
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            items.add(new RawItem(String.valueOf(k + 1), lines.get(start).text(), lines.subList(start + 1, end)));
        }
        return items;
    }

    /**
     * A markdown heading is a title by its markup, even one that reads like a sentence ("Matters arising from the
     * minutes of the previous meeting") or is followed by a sub-heading rather than discussion.
     */
    private static boolean isHeadingTitle(List<Line> lines, int i) {
        String t = lines.get(i).text();
        // "## Summary of outcomes:", "## Board membership.": the markup makes it a heading, whatever ends it; only
        // an attendance label ("### Apologies:") is not an item.
        String bare = PersonParser.trimPunctuation(t);
        return Text.words(t).length <= MAX_HEADING_WORDS && !bare.isEmpty()
                && Vocabulary.listOf(bare, ATTENDANCE) == null
                && ItemSplitter.nextNonBlank(lines, i + 1, lines.size()) >= 0;
    }

    /** The shallowest heading level that more than one title uses (7 when none does). */
    private static int topLevel(List<Line> lines, List<Integer> starts) {
        int[] count = new int[8];
        for (int i : starts) {
            count[Math.min(7, lines.get(i).level())]++;
        }
        for (int level = 1; level <= 6; level++) {
            if (count[level] >= 2) {
                return level;
            }
        }
        return 7;
    }

    private static boolean isTitle(List<Line> lines, int i) {
        Line l = lines.get(i);
        String t = l.text();
        if (l.heading() && isHeadingTitle(lines, i)) {
            return true;
        }
        if (l.blank() || l.bullet() || (i > 0 && !lines.get(i - 1).blank()) || !LineClassifier.titleLike(t)
                || Text.words(t).length > MAX_WORDS || LABEL.matcher(t).find()
                || ".?:".indexOf(t.charAt(t.length() - 1)) >= 0
                || DateParser.find(t, null) != null && t.length() < 80 && !t.toLowerCase().contains("minutes")) {
            return false;
        }
        int j = ItemSplitter.nextNonBlank(lines, i + 1, i + 4);
        if (j < 0) {
            return false;
        }
        String next = lines.get(j).text();
        if (next.equalsIgnoreCase("minutes:")) {
            j = ItemSplitter.nextNonBlank(lines, j + 1, j + 4);
            next = j < 0 ? "" : lines.get(j).text();
        }
        return LineClassifier.sentenceLike(next) || LineClassifier.startsWithResolution(next);
    }
}
