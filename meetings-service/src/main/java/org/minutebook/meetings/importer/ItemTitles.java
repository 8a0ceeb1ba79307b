package org.minutebook.meetings.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.ItemSplitter.RawItem;
import org.minutebook.meetings.importer.LineClassifier.Heading;

/**
 * An item's title and where its body begins, once the numbering chain has placed its heading: the heading's own text,
 * or the line below a number printed alone, then as many following lines as wrap on from it.
 */
final class ItemTitles {

    /** A heading line this long filled the printed line: what follows may be its wrapped end. */
    private static final int WRAP_WIDTH = 55;
    private static final Set<String> CONNECTIVES = Set.copyOf(Vocabulary.phrases("title.connectives"));
    // "(a) Declarations of Substitutes", "b) …", "1.1 …": an enumerated line under a heading is its body.
    private static final Pattern ENUMERATED = Pattern
            .compile("^(?:\\(\\w{1,4}\\)|\\w{1,3}\\)|\\d{1,3}(?:\\.\\d{1,3})+\\.?)\\s");
    private static final Pattern LETTERED = Pattern.compile("^(?:\\(\\w{1,4}\\)|\\w{1,3}\\))\\s");
    private static final Set<String> NOTHING = Set.of("none", "none.", "nil", "nil.", "n/a", "noted", "noted.");
    private static final int MAX_TITLE_LINES = 8;

    private ItemTitles() {
    }

    static RawItem item(List<Line> lines, int start, Heading h, int end) {
        Line head = lines.get(start);
        int cut = InlineTitle.end(h.rest());
        if (cut > 0) {
            return inline(lines, start, h, cut, end);
        }
        StringBuilder title = new StringBuilder(h.rest());
        int bodyStart = start + 1;
        int maxExtra = 2;
        if (h.rest().isEmpty()) {
            int j = ItemSplitter.nextNonBlank(lines, start + 1, end);
            int trailing = trailingTitle(lines, j, end);
            if (trailing > 0) {
                List<Line> body = List.of(lines.get(j));
                return new RawItem(h.number(), lines.get(trailing).text(), body);
            }
            if (j >= 0) {
                title.append(lines.get(j).text());
                bodyStart = j + 1;
                maxExtra = lines.get(j).emphasised() ? 0 : MAX_TITLE_LINES - 1;
            }
        } else if (head.emphasised()) {
            maxExtra = 0;
        }
        int extra = 0;
        if (maxExtra > 0 && bodyStart < end && lines.get(bodyStart).blank() && endsOnConnective(title)) {
            // "DECLARATIONS OF … AND" / blank / "OTHER REGISTERABLE INTEREST(s).": a blank line after every line.
            int j = ItemSplitter.nextNonBlank(lines, bodyStart, Math.min(end, bodyStart + 2));
            bodyStart = j > 0 ? j : bodyStart;
        }
        while (extra < maxExtra && bodyStart < end && continuesTitle(lines.get(bodyStart))
                && (wrapsOnto(title, lines.get(bodyStart).text()) || listsSubTitles(lines.get(bodyStart)))
                && !repeats(title, lines.get(bodyStart).text())
                && !headsItsOwnText(lines, bodyStart, end)
                && !opensWrappedParagraph(lines, bodyStart, end)) {
            Line l = lines.get(bodyStart);
            title.append(l.bullet() ? " - " : " ").append(l.text());
            bodyStart++;
            extra++;
        }
        return new RawItem(h.number(), title.toString(), lines.subList(bodyStart, end));
    }

    /**
     * "3" / "None." / "DECLARATION OF CONFLICT OF INTEREST": a PDF printed a short item's heading after its one-word
     * text. The heading is the item's last line, in capitals, after a "None"/"Nil" that stood where the title goes.
     */
    private static int trailingTitle(List<Line> lines, int j, int end) {
        if (j < 0 || !NOTHING.contains(lines.get(j).text().strip().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int k = ItemSplitter.nextNonBlank(lines, j + 1, end);
        if (k < 0 || ItemSplitter.nextNonBlank(lines, k + 1, end) >= 0) {
            return -1;
        }
        String t = lines.get(k).text();
        return t.equals(t.toUpperCase(Locale.ROOT)) && LineClassifier.titleLike(t) ? k : -1;
    }

    /** "Police Reports: None received." — the title before the colon, the rest the first line of the body. */
    private static RawItem inline(List<Line> lines, int start, Heading h, int cut, int end) {
        List<Line> body = InlineTitle.body(h.rest(), cut, lines.subList(start + 1, end));
        return new RawItem(h.number(), h.rest().substring(0, cut).strip(), body);
    }

    /** A title cut before a word that needs what follows: "… AND", "… OF", "Community Assets &". */
    private static boolean endsOnConnective(CharSequence title) {
        String t = title.toString().strip();
        String[] words = Text.words(t);
        return !t.isEmpty()
                && (words.length > 1 && CONNECTIVES.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                        || ",&/".indexOf(t.charAt(t.length() - 1)) >= 0);
    }

    /** "26 MINUTES" over "Minutes": a page's label repeating the heading, not more of it. */
    private static boolean repeats(CharSequence title, String next) {
        return next.strip().equalsIgnoreCase(title.toString().strip());
    }

    /** "Reports Back" / "(a) Renaissance" / "(b) DAAT Groups": a list under the heading names its parts. */
    private static boolean listsSubTitles(Line l) {
        return l.bullet() || LETTERED.matcher(l.text()).lookingAt();
    }

    /**
     * "(a) Declarations of Substitutes" over "1.1 There were no declarations …": an enumerated sub-heading with its
     * own text below is part of the item, not of its title (a list of sub-titles, "(a) Renaissance" / "(b) DAAT
     * Groups", may still continue the title).
     */
    private static boolean headsItsOwnText(List<Line> lines, int i, int end) {
        if (!ENUMERATED.matcher(lines.get(i).text()).lookingAt()) {
            return false;
        }
        int j = ItemSplitter.nextNonBlank(lines, i + 1, end);
        return j > 0 && LineClassifier.sentenceLike(lines.get(j).text());
    }

    /** A line whose sentence wraps onto the next line (PDF, no blank lines) opens the discussion, not the title. */
    private static boolean opensWrappedParagraph(List<Line> lines, int i, int end) {
        String t = lines.get(i).text();
        // A line that starts in lower case cannot open a paragraph: it is the heading's own end wrapping on.
        if (i + 1 >= end || lines.get(i + 1).blank() || t.length() < 40 && !LineClassifier.holdsVerb(t)
                || Character.isLowerCase(t.charAt(0))
                || ".:;".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        return Character.isLowerCase(lines.get(i + 1).text().charAt(0));
    }

    /**
     * Whether a heading printed as {@code title} goes on to the next line {@code next}: it was cut before a word
     * that needs what follows ("Community Assets &", "Declarations" / "of Interest"), it is a single word (a narrow
     * column) or as long as a printed line, the next line starts in lower case, or both are capitals ("… MOHAKA/WAIAU" / "PACKAGE 2"). A finished
     * heading is followed by its discussion, a sub-heading ("PURPOSE") or a second-language line, not more of itself.
     */
    static boolean wrapsOnto(CharSequence title, String next) {
        String t = title.toString().strip();
        if (t.isEmpty()) {
            return true;
        }
        String[] words = Text.words(t);
        String last = words.length == 0 ? t : words[words.length - 1].toLowerCase(Locale.ROOT);
        char end = t.charAt(t.length() - 1);
        char first = next.charAt(0);
        boolean upper = t.equals(t.toUpperCase(Locale.ROOT)) && next.equals(next.toUpperCase(Locale.ROOT))
                && Character.isLetter(first);
        return words.length == 1 || t.length() >= WRAP_WIDTH || CONNECTIVES.contains(last)
                || ",&/-\u2013(".indexOf(end) >= 0
                || Character.isLowerCase(first) || first == '&' || upper;
    }

    static boolean continuesTitle(Line l) {
        String t = l.text();
        return !l.blank() && !l.emphasised() && t.length() < 200 && !NOTHING.contains(t.toLowerCase())
                && !t.endsWith(":")
                && !LineClassifier.sentenceLike(t)
                && !LineClassifier.isActionHeader(t) && LineClassifier.actionOwners(t) == null
                && LineClassifier.heading(t) == null && !CarriedMotions.isLabel(t, "motion.labels")
                && !CarriedMotions.isMover(t) && !AttendanceParser.nameList(t);
    }
}
