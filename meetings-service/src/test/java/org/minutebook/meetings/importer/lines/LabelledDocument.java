package org.minutebook.meetings.importer.lines;

import java.util.List;

/**
 * A corpus document's lines with their features and two labellings of "item heading": the golden's (the lines its
 * items start at) and the current rules' (the lines the parser's items start at), found by the same matching.
 */
record LabelledDocument(CorpusDocument doc, List<String[]> features, List<String[]> withRuleScore,
        List<NumberPattern> numbers, boolean[] heading, boolean[] rules, int goldenUnplaced, int parsedUnplaced) {

    static LabelledDocument of(CorpusDocument doc) {
        int[] golden = HeadingLines.find(doc.lines(), doc.golden());
        int[] parsed = HeadingLines.find(doc.lines(), doc.parsed());
        List<String[]> features = LineFeatures.of(doc.lines());
        List<NumberPattern> numbers = doc.lines().stream()
                .map(l -> l.blank() ? NumberPattern.NONE : NumberPattern.of(l.text())).toList();
        return new LabelledDocument(doc, features, LineFeatures.withRuleScore(doc.lines(), features), numbers,
                mark(doc, golden), mark(doc, parsed), unplaced(golden), unplaced(parsed));
    }

    private static boolean[] mark(CorpusDocument doc, int[] at) {
        boolean[] b = new boolean[doc.lines().size()];
        for (int i : at) {
            if (i >= 0) {
                b[i] = true;
            }
        }
        return b;
    }

    private static int unplaced(int[] at) {
        int n = 0;
        for (int i : at) {
            n += i < 0 ? 1 : 0;
        }
        return n;
    }

    /** The document's lines marked G (golden heading) and R (the rules' heading), for reading a disagreement. */
    String marked() {
        StringBuilder b = new StringBuilder(doc.id()).append(": golden ").append(doc.golden()).append("\nparsed ")
                .append(doc.parsed()).append('\n');
        for (int i = 0; i < heading.length; i++) {
            b.append(String.format(java.util.Locale.ROOT, "%4d %s%s %s%n", i, heading[i] ? "G" : ".",
                    rules[i] ? "R" : ".", doc.lines().get(i).text()));
        }
        return b.toString();
    }

    /** Lines that are classified: every non-blank one. */
    int classified() {
        return (int) features.stream().filter(f -> f.length > 0).count();
    }
}
