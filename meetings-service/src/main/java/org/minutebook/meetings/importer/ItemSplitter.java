package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            for (RawItem part : SubItemSplitter.split(ItemTitles.item(lines, cand.line(), cand.heading(), end),
                    cand.heading())) {
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

    static int nextNonBlank(List<Line> lines, int from, int until) {
        for (int j = from; j < Math.min(until, lines.size()); j++) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }
}
