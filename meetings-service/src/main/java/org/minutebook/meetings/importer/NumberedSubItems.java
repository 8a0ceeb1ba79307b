package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.ItemSplitter.RawItem;

/**
 * Sub-items that repeat their item's number: under "1." / "Formalities and Announcements", the lines "1.(i)" /
 * "Minutes" and "1.(ii) Urgent Decisions" are items 1.(i) and 1.(ii), numbered as printed (a summons's layout).
 * They must count up from (i) or (a) in order; a line naming another item's number is a reference, not a sub-item.
 */
final class NumberedSubItems {

    private static final Pattern SUB = Pattern.compile("(\\d{1,3})(\\.?)\\s?\\(([ivx]{1,4}|[a-z])\\)(?:\\s+(.*))?");
    private static final String ROMAN = "i ii iii iv v vi vii viii ix x xi xii";

    private NumberedSubItems() {
    }

    static List<RawItem> split(RawItem item) {
        if (!item.number().chars().allMatch(Character::isDigit)) {
            return List.of(item);
        }
        List<Line> body = item.body();
        List<Integer> marks = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int expected = 1;
        for (int k = 0; k < body.size(); k++) {
            Line l = body.get(k);
            Matcher m = l.bullet() || l.blank() ? null : SUB.matcher(l.text().strip());
            if (m == null || !m.matches() || !m.group(1).equals(item.number())
                    || ordinal(m.group(3), expected) != expected) {
                continue;
            }
            String rest = m.group(4) == null ? "" : m.group(4).strip();
            int j = rest.isEmpty() ? ItemSplitter.nextNonBlank(body, k + 1, k + 4) : k;
            String title = rest.isEmpty() ? (j < 0 ? "" : body.get(j).text()) : rest;
            if (!LineClassifier.titleLike(title) || SUB.matcher(title).matches()) {
                continue;
            }
            marks.add(k);
            numbers.add(m.group(1) + m.group(2) + "(" + m.group(3) + ")");
            titles.add(title);
            starts.add(j + 1);
            expected++;
        }
        if (marks.isEmpty()) {
            return List.of(item);
        }
        List<RawItem> out = new ArrayList<>(marks.size() + 1);
        out.add(new RawItem(item.number(), item.title(), body.subList(0, marks.get(0))));
        for (int m = 0; m < marks.size(); m++) {
            int end = m + 1 < marks.size() ? marks.get(m + 1) : body.size();
            out.add(new RawItem(numbers.get(m), titles.get(m), body.subList(Math.min(starts.get(m), end), end)));
        }
        return out;
    }

    /**
     * The place of {@code mark} in its series: "iii" is 3 and "c" is 3; "i", "v" and "x" are read as Roman numerals
     * unless the letters before them were counted ("h" then "i").
     */
    private static int ordinal(String mark, int expected) {
        int roman = List.of(ROMAN.split(" ")).indexOf(mark) + 1;
        int letter = mark.length() == 1 ? mark.charAt(0) - 'a' + 1 : 0;
        if (roman == expected || letter == expected) {
            return expected;
        }
        return roman > 0 ? roman : letter;
    }
}
