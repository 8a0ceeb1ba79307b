package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.ItemSplitter.RawItem;
import org.minutebook.meetings.importer.LineClassifier.Heading;

/**
 * Decimal sub-items inside an item: under "8 GENERAL ITEMS", the lines "8.1" / "HALF YEAR FINANCIAL PERFORMANCE" and
 * "8.2 FARC TERMS OF REFERENCE" are items 8.1 and 8.2. Numbered as printed, so a late item "8.9" taken after item 5
 * stays 8.9; a number below the item's own ("3.2" under item 5) is a reference in the text, not an item.
 */
final class DecimalSubItems {

    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,3})\\.(\\d{1,2})[.)]?(?:\\s+(\\p{Lu}.*))?");

    private DecimalSubItems() {
    }

    /** Each item's decimal sub-items ({@code majors}: the item numbers they may follow), unless paragraphs are numbered. */
    static List<RawItem> split(List<RawItem> parts, List<Integer> majors) {
        if (numbersParagraphs(parts)) {
            return parts;
        }
        List<RawItem> items = new ArrayList<>(parts.size());
        for (int p = 0; p < parts.size(); p++) {
            items.addAll(split(parts.get(p), majors.get(p)));
        }
        return items;
    }

    /**
     * Whether the minutes number their paragraphs: under item 1 a line "1.1" alone, then a sentence ("Apologies for
     * absence were received …"). Then "3.1" / "Amendments to Motions" is a paragraph's sub-heading inside item 3, and
     * no decimal number in the document is an item.
     */
    private static boolean numbersParagraphs(List<RawItem> items) {
        for (RawItem item : items) {
            String first = item.number() + ".1";
            List<Line> body = item.body();
            for (int k = 0; k < body.size(); k++) {
                if (body.get(k).text().strip().equals(first)) {
                    int j = ItemSplitter.nextNonBlank(body, k + 1, k + 4);
                    if (j >= 0 && LineClassifier.sentenceLike(body.get(j).text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static List<RawItem> split(RawItem item, int major) {
        String whole = item.number().endsWith(".0")
                ? item.number().substring(0, item.number().length() - 2)
                : item.number();
        if (whole.isEmpty() || !whole.chars().allMatch(Character::isDigit)) {
            return List.of(item);
        }
        List<Line> body = item.body();
        List<Integer> marks = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        int lastMajor = major;
        int lastMinor = 0;
        for (int k = 0; k < body.size(); k++) {
            Line l = body.get(k);
            Matcher m = l.bullet() || l.blank() ? null : DECIMAL.matcher(l.text().strip());
            if (m == null || !m.matches() || !(k == 0 || body.get(k - 1).blank() || l.emphasised()
                    || body.get(k - 1).text().strip().isEmpty() || endsSentence(body.get(k - 1)))) {
                continue;
            }
            int ma = Integer.parseInt(m.group(1));
            int mi = Integer.parseInt(m.group(2));
            boolean later = ma > lastMajor || ma == lastMajor && mi > lastMinor;
            String rest = m.group(3) == null ? "" : m.group(3).strip();
            if (ma < major || !later || !hasTitle(rest, body, k)) {
                continue;
            }
            marks.add(k);
            headings.add(new Heading("", ma, (char) 0, ma + "." + mi, rest));
            lastMajor = ma;
            lastMinor = mi;
        }
        if (marks.isEmpty()) {
            return List.of(item);
        }
        List<RawItem> out = new ArrayList<>(marks.size() + 1);
        out.add(new RawItem(item.number(), item.title(), body.subList(0, marks.get(0))));
        for (int m = 0; m < marks.size(); m++) {
            int end = m + 1 < marks.size() ? marks.get(m + 1) : body.size();
            out.add(ItemTitles.item(body, marks.get(m), headings.get(m), end));
        }
        return out;
    }

    private static boolean endsSentence(Line previous) {
        String t = previous.text().strip();
        return t.endsWith(".") || t.endsWith(":") || t.equals(t.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean hasTitle(String rest, List<Line> body, int k) {
        if (!rest.isEmpty()) {
            int cut = InlineTitle.end(rest);
            String title = cut > 0 ? rest.substring(0, cut) : rest;
            int j = ItemSplitter.nextNonBlank(body, k + 1, k + 3);
            // "1.1   Purpose" / "of Report": the section's name may wrap; "6.1 Risk" / "and Audit Update" is an item.
            String whole = cut < 0 && j >= 0 && Character.isLowerCase(body.get(j).text().charAt(0))
                    ? title + " " + body.get(j).text()
                    : title;
            return LineClassifier.titleLike(title) && !reportSection(whole);
        }
        int j = ItemSplitter.nextNonBlank(body, k + 1, k + 4);
        return j >= 0 && LineClassifier.titleLike(body.get(j).text()) && !reportSection(body.get(j).text());
    }

    /** "1.1 Purpose" (of Report), "1.2 Background Summary": a section of the item's report, not a sub-item. */
    private static boolean reportSection(String title) {
        return Vocabulary.listOf(PersonParser.trimPunctuation(title.strip()), "report.sections") != null;
    }
}
