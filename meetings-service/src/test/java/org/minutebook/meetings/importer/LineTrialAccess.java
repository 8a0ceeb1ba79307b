package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;

import org.minutebook.meetings.importer.lines.DocLine;

/**
 * What the line-classifier trial (package {@code lines}) needs of the importer's package-private stages: the lines as
 * the parser's repair stage leaves them, its vocabulary, and the rules' own item-start score of a line.
 */
public final class LineTrialAccess {

    private LineTrialAccess() {
    }

    /** The document's lines exactly as {@link MinutesParser} reads them (the output of {@link TextCleaner}). */
    public static List<DocLine> cleanedLines(String text) {
        List<Line> lines = TextCleaner.clean(text);
        List<DocLine> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(new DocLine(l.text(), l.level(), l.bold(), l.bullet(), l.indented()));
        }
        return out;
    }

    /** The phrases of one vocabulary list, lower case, longest first. */
    public static List<String> phrases(String list) {
        return Vocabulary.phrases(list);
    }

    /**
     * The rules' layout score of each line as an item start ({@link ItemSplitter#score}: 0 where the rules would
     * never start an item, 2 to 3 for a candidate), before the numbering chain picks among the candidates.
     */
    public static double[] ruleScores(List<DocLine> lines) {
        List<Line> internal = new ArrayList<>(lines.size());
        for (DocLine d : lines) {
            internal.add(new Line(d.text(), d.level(), d.bold(), d.bullet(), d.indented()));
        }
        double[] out = new double[internal.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ItemSplitter.score(internal, i);
        }
        return out;
    }
}
