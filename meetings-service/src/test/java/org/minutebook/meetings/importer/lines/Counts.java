package org.minutebook.meetings.importer.lines;

import java.util.Locale;

/** True/false positives and false negatives of a line decision against the golden labels, and P/R/F1 of them. */
final class Counts {

    int tp;
    int fp;
    int fn;
    int lines;

    /** Adds one document; only non-blank lines count (the same lines for every decider). */
    void add(LabelledDocument d, boolean[] predicted) {
        for (int i = 0; i < predicted.length; i++) {
            if (d.features().get(i).length == 0) {
                if (predicted[i] || d.heading()[i]) {
                    throw new IllegalStateException(d.doc().id() + ": a blank line " + i + " labelled a heading");
                }
                continue;
            }
            lines++;
            boolean g = d.heading()[i];
            tp += g && predicted[i] ? 1 : 0;
            fp += !g && predicted[i] ? 1 : 0;
            fn += g && !predicted[i] ? 1 : 0;
        }
    }

    void add(Counts o) {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
        lines += o.lines;
    }

    double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f (%d/%d/%d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
