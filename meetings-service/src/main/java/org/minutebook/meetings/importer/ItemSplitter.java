package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.LineClassifier.Heading;

/**
 * Cuts the document into numbered agenda items. Every line that could start an item is scored by its layout, then
 * the best strictly increasing numbering chain wins (a weighted longest-increasing-subsequence), so page numbers,
 * numbered lists and "2 examples of …" in the discussion cannot break the sequence 1, 2, 3 … or SSP 136/13, 137/13 ….
 */
final class ItemSplitter {

    record RawItem(String number, String title, List<Line> body) {
    }

    private record Candidate(int line, Heading heading, double score) {
    }

    private static final int LOOKBACK = 300;
    private static final Pattern WITH_YEAR = Pattern.compile("\\d\\s?/\\s?\\d");
    /** A heading line this long filled the printed line: what follows may be its wrapped end. */
    private static final int WRAP_WIDTH = 55;
    private static final Set<String> CONNECTIVES = Set.copyOf(Vocabulary.phrases("title.connectives"));
    // "(a) Declarations of Substitutes", "b) …", "1.1 …": an enumerated line under a heading is its body.
    private static final Pattern ENUMERATED = Pattern
            .compile("^(?:\\(\\w{1,4}\\)|\\w{1,3}\\)|\\d{1,3}(?:\\.\\d{1,3})+\\.?)\\s");
    private static final Pattern LETTERED = Pattern.compile("^(?:\\(\\w{1,4}\\)|\\w{1,3}\\))\\s");
    private static final Set<String> NOTHING = Set.of("none", "none.", "nil", "nil.", "n/a", "noted", "noted.");
    private static final int MAX_TITLE_LINES = 8;

    private ItemSplitter() {
    }

    /** How strongly line {@code i} looks like an item start (0: not at all). */
    static double score(List<Line> lines, int i) {
        Line l = lines.get(i);
        if (l.blank() || l.bullet()) {
            return 0;
        }
        Heading h = LineClassifier.heading(l.text());
        if (h == null || startsWithDate(l.text())) {
            return 0;
        }
        if (h.rest().isEmpty()) {
            int j = nextNonBlank(lines, i + 1, i + 6);
            if (j < 0 || LineClassifier.heading(lines.get(j).text()) != null) {
                return 0;
            }
            Line t = lines.get(j);
            boolean title = LineClassifier.titleLike(t.text())
                    || (t.emphasised() && !LineClassifier.startsWithResolution(t.text()));
            return title ? (l.emphasised() ? 3 : 2.5) : 0;
        }
        if (l.emphasised()) {
            return Character.isLowerCase(h.rest().charAt(0)) ? 0 : 3;
        }
        int cut = InlineTitle.end(h.rest());
        return LineClassifier.titleLike(cut < 0 ? h.rest() : h.rest().substring(0, cut)) ? 2 : 0;
    }

    /** "11 November 2020" heads a page; it is not item 11. */
    private static boolean startsWithDate(String text) {
        return DateParser.startsWithDate(text);
    }

    static List<RawItem> split(List<Line> lines, int from) {
        List<Candidate> chain = bestChain(candidates(lines, from));
        if (chain.isEmpty()) {
            return UnnumberedItems.split(lines, from);
        }
        if ((chain.get(0).line() - from) * 2 > lines.size() - from || agendaBeforeHeadings(lines, chain)) {
            // Numbered items start near the top; a numbered list late in the text is a list inside an item.
            List<RawItem> unnumbered = UnnumberedItems.split(lines, from);
            if (unnumbered.size() >= 2) {
                return unnumbered;
            }
        }
        List<RawItem> parts = new ArrayList<>(chain.size());
        List<Integer> majors = new ArrayList<>(chain.size());
        for (int c = 0; c < chain.size(); c++) {
            Candidate cand = chain.get(c);
            int end = c + 1 < chain.size() ? chain.get(c + 1).line() : lines.size();
            for (RawItem part : SubItemSplitter.split(item(lines, cand.line(), cand.heading(), end), cand.heading())) {
                for (RawItem p : NumberedSubItems.split(part)) {
                    parts.add(p);
                    majors.add(cand.heading().major());
                }
            }
        }
        return DecimalSubItems.split(parts, majors);
    }

    /**
     * "The Board met to consider: 1. … 2. … 3. …" above "## Summary", "## Declarations", …: plain numbered lines
     * while the document marks its sections as headings are an agenda, and the headings are the items.
     */
    private static boolean agendaBeforeHeadings(List<Line> lines, List<Candidate> chain) {
        for (Candidate c : chain) {
            if (lines.get(c.line()).level() > 0 || lines.get(c.line()).emphasised()) {
                return false;
            }
        }
        int last = chain.get(chain.size() - 1).line();
        int headings = 0;
        for (int i = last + 1; i < lines.size(); i++) {
            headings += lines.get(i).level() > 0 ? 1 : 0;
        }
        return headings >= Math.max(3, chain.size());
    }

    static int firstCandidate(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (score(lines, i) > 0) {
                return i;
            }
        }
        return lines.size();
    }

    private static List<Candidate> candidates(List<Line> lines, int from) {
        List<Candidate> out = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            double s = score(lines, i);
            if (s > 0) {
                out.add(new Candidate(i, LineClassifier.heading(lines.get(i).text()), s));
            }
        }
        return withoutYearSuffix(out);
    }

    /**
     * "SSP/4724", "SSP/4824" are items 47 and 48 of 2024 printed without their slash: when every reference of a
     * scheme ends in the same two digits, order by what precedes them, or each step would look like a jump of 100.
     */
    private static List<Candidate> withoutYearSuffix(List<Candidate> cands) {
        Map<String, Integer> suffix = new HashMap<>();
        for (Candidate c : cands) {
            Heading h = c.heading();
            if (!h.scheme().isEmpty()) {
                int s = h.major() >= 100 ? h.major() % 100 : -1;
                suffix.merge(h.scheme(), s, (a, b) -> a.equals(b) ? a : -1);
            }
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            Heading h = c.heading();
            boolean glued = !h.scheme().isEmpty() && suffix.get(h.scheme()) >= 0
                    && !WITH_YEAR.matcher(h.number()).find();
            out.add(glued
                    ? new Candidate(c.line(), new Heading(h.scheme(), h.major() / 100, h.letter(), h.number(),
                            h.rest()), c.score())
                    : c);
        }
        return out;
    }

    private static List<Candidate> bestChain(List<Candidate> cands) {
        int n = cands.size();
        double[] best = new double[n];
        int[] prev = new int[n];
        int top = -1;
        for (int i = 0; i < n; i++) {
            Heading hi = cands.get(i).heading();
            best[i] = cands.get(i).score();
            prev[i] = -1;
            for (int j = Math.max(0, i - LOOKBACK); j < i; j++) {
                Heading hj = cands.get(j).heading();
                if (!hj.scheme().equals(hi.scheme()) || hj.compareKey(hi) >= 0) {
                    continue;
                }
                double v = best[j] - penalty(hj, hi) + cands.get(i).score();
                if (v > best[i]) {
                    best[i] = v;
                    prev[i] = j;
                }
            }
            if (top < 0 || best[i] > best[top]) {
                top = i;
            }
        }
        List<Candidate> chain = new ArrayList<>();
        for (int i = top; i >= 0; i = prev[i]) {
            chain.add(0, cands.get(i));
        }
        return chain;
    }

    /** Skipped numbers cost: real minutes rarely skip, stray numbers usually jump. */
    private static double penalty(Heading from, Heading to) {
        if (from.major() == to.major()) {
            int fromLetter = from.letter() == 0 ? 'a' - 1 : from.letter();
            return Math.max(0, to.letter() - fromLetter - 1) * 0.3;
        }
        // Capped below the smallest candidate score: a real item after a gap still extends the chain.
        double p = Math.min(1.5, (to.major() - from.major() - 1) * 0.8);
        return to.letter() > 'a' ? p + (to.letter() - 'a') * 0.3 : p;
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
            int j = nextNonBlank(lines, start + 1, end);
            if (j >= 0) {
                title.append(lines.get(j).text());
                bodyStart = j + 1;
                maxExtra = lines.get(j).emphasised() ? 0 : MAX_TITLE_LINES - 1;
            }
        } else if (head.emphasised()) {
            maxExtra = 0;
        }
        int extra = 0;
        while (extra < maxExtra && bodyStart < end && continuesTitle(lines.get(bodyStart))
                && (wrapsOnto(title, lines.get(bodyStart).text()) || listsSubTitles(lines.get(bodyStart)))
                && !headsItsOwnText(lines, bodyStart, end)
                && !opensWrappedParagraph(lines, bodyStart, end)) {
            Line l = lines.get(bodyStart);
            title.append(l.bullet() ? " - " : " ").append(l.text());
            bodyStart++;
            extra++;
        }
        return new RawItem(h.number(), title.toString(), lines.subList(bodyStart, end));
    }

    /** "Police Reports: None received." — the title before the colon, the rest the first line of the body. */
    private static RawItem inline(List<Line> lines, int start, Heading h, int cut, int end) {
        List<Line> body = InlineTitle.body(h.rest(), cut, lines.subList(start + 1, end));
        return new RawItem(h.number(), h.rest().substring(0, cut).strip(), body);
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
        int j = nextNonBlank(lines, i + 1, end);
        return j > 0 && LineClassifier.sentenceLike(lines.get(j).text());
    }

    /** A line whose sentence wraps onto the next line (PDF, no blank lines) opens the discussion, not the title. */
    private static boolean opensWrappedParagraph(List<Line> lines, int i, int end) {
        String t = lines.get(i).text();
        if (i + 1 >= end || lines.get(i + 1).blank() || t.length() < 40
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
                && !CarriedMotions.isMover(t);
    }

    static int nextNonBlank(List<Line> lines, int from, int until) {
        for (int j = from; j < Math.min(until, lines.size()); j++) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }
}
