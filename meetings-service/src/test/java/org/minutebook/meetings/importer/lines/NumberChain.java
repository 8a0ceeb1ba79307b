package org.minutebook.meetings.importer.lines;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules' sequence constraint around a trained scorer: among the numbered lines the model gives some chance of
 * being a heading, the best strictly increasing chain of numbers (its probabilities summed, skipped numbers costing)
 * are the numbered headings; off the chain a numbered line is not one. Lines with no number (lettered sub-items,
 * unnumbered titles, paragraph numbers) keep the model's own decision.
 */
final class NumberChain {

    private static final double FLOOR = 0.1;
    private static final double GAP = 0.3;

    private record Candidate(int line, String scheme, int major, double p) {
    }

    private NumberChain() {
    }

    static boolean[] decode(LabelledDocument d, double[] p) {
        List<Candidate> cands = new ArrayList<>();
        boolean[] out = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            NumberPattern n = d.numbers().get(i);
            String scheme = scheme(n);
            if (scheme == null) {
                out[i] = p[i] > LineModel.THRESHOLD;
            } else if (p[i] >= FLOOR) {
                cands.add(new Candidate(i, scheme, n.major(), p[i]));
            }
        }
        int size = cands.size();
        double[] best = new double[size];
        int[] prev = new int[size];
        int top = -1;
        for (int a = 0; a < size; a++) {
            Candidate ca = cands.get(a);
            best[a] = ca.p();
            prev[a] = -1;
            for (int b = 0; b < a; b++) {
                Candidate cb = cands.get(b);
                if (!cb.scheme().equals(ca.scheme()) || cb.major() >= ca.major()) {
                    continue;
                }
                double v = best[b] + ca.p() - Math.min(3 * GAP, (ca.major() - cb.major() - 1) * GAP);
                if (v > best[a]) {
                    best[a] = v;
                    prev[a] = b;
                }
            }
            top = top < 0 || best[a] > best[top] ? a : top;
        }
        for (int a = top; a >= 0; a = prev[a]) {
            out[cands.get(a).line()] = cands.get(a).p() > FLOOR;
        }
        return out;
    }

    /** Item numbers ("7", "7.", "Item 7") form one sequence, references ("SSP/12") another; the rest none. */
    private static String scheme(NumberPattern n) {
        return switch (n.kind()) {
            case "plain", "dotted", "paren", "item" -> "n";
            case "ref" -> "ref";
            default -> null;
        };
    }
}
