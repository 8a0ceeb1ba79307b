package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.ItemSplitter.RawItem;
import org.minutebook.meetings.importer.LineClassifier.Heading;

/**
 * Lettered sub-items inside an item: after "6 (a) …", a "(b) …" heading is item 6(b). Under an item without a letter,
 * plain "(a)", "(b)" lines only become items when each has discussion of its own; otherwise they are a list.
 */
final class SubItemSplitter {

    private static final Pattern LETTER_SUFFIX = Pattern.compile("\\([a-z]\\)$");

    private SubItemSplitter() {
    }

    static List<RawItem> split(RawItem item, Heading heading) {
        List<Line> body = item.body();
        List<Integer> marks = new ArrayList<>();
        char expected = heading.letter() != 0 ? (char) (heading.letter() + 1) : 'a';
        boolean allEmphasised = true;
        for (int k = 0; k < body.size(); k++) {
            Line l = body.get(k);
            Heading lh = l.bullet() ? null : LineClassifier.lettered(l.text());
            if (lh == null || lh.letter() != expected || !(k == 0 || body.get(k - 1).blank() || l.emphasised())
                    || !hasTitle(lh, l, body, k)) {
                continue;
            }
            marks.add(k);
            allEmphasised &= l.emphasised();
            expected++;
        }
        if (marks.isEmpty()) {
            return List.of(item);
        }
        boolean strong = heading.letter() != 0 || allEmphasised;
        if (!strong && (marks.size() < 2 || !eachHasDiscussion(body, marks))) {
            return List.of(item);
        }
        String base = LETTER_SUFFIX.matcher(item.number()).replaceFirst("");
        List<RawItem> out = new ArrayList<>(marks.size() + 1);
        out.add(new RawItem(item.number(), item.title(), body.subList(0, marks.get(0))));
        for (int m = 0; m < marks.size(); m++) {
            int start = marks.get(m);
            int end = m + 1 < marks.size() ? marks.get(m + 1) : body.size();
            out.add(sub(base, body, start, end));
        }
        return out;
    }

    private static boolean hasTitle(Heading lh, Line l, List<Line> body, int k) {
        if (!lh.rest().isEmpty()) {
            int cut = InlineTitle.end(lh.rest());
            return l.emphasised() || LineClassifier.titleLike(cut > 0 ? lh.rest().substring(0, cut) : lh.rest());
        }
        int j = ItemSplitter.nextNonBlank(body, k + 1, k + 4);
        return j >= 0 && LineClassifier.titleLike(body.get(j).text());
    }

    /** Each lettered line has text of its own: on its line after a colon, or lines of its own below it. */
    private static boolean eachHasDiscussion(List<Line> body, List<Integer> marks) {
        for (int m = 0; m < marks.size(); m++) {
            int end = m + 1 < marks.size() ? marks.get(m + 1) : body.size();
            Heading lh = LineClassifier.lettered(body.get(marks.get(m)).text());
            boolean found = InlineTitle.end(lh.rest()) > 0;
            for (int k = marks.get(m) + 1; k < end && !found; k++) {
                found = !body.get(k).blank();
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static RawItem sub(String base, List<Line> body, int start, int end) {
        Heading lh = LineClassifier.lettered(body.get(start).text());
        String number = base + "(" + lh.letter() + ")";
        int bodyStart = start + 1;
        String title = lh.rest();
        int cut = InlineTitle.end(title);
        if (cut > 0) {
            return new RawItem(number, title.substring(0, cut).strip(),
                    InlineTitle.body(title, cut, body.subList(start + 1, end)));
        }
        if (title.isEmpty()) {
            int j = ItemSplitter.nextNonBlank(body, start + 1, end);
            if (j >= 0) {
                title = body.get(j).text();
                bodyStart = j + 1;
            }
        }
        return new RawItem(number, title, body.subList(Math.min(bodyStart, end), end));
    }
}
