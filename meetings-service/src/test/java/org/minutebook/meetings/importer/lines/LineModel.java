package org.minutebook.meetings.importer.lines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** An OpenNLP event model (maxent or perceptron) deciding "is this line an item heading" from its features. */
final class LineModel {

    static final String HEADING = "heading";
    static final String TEXT = "text";
    /** The probability above which a line is a heading; other cut-offs can be tried with -DheadingTrial.threshold. */
    static final double THRESHOLD = Double.parseDouble(System.getProperty("headingTrial.threshold", "0.5"));

    /** The trainers log every iteration at INFO: held here so the level sticks (loggers are weakly referenced). */
    private static final java.util.logging.Logger QUIET = quiet();

    private final MaxentModel model;
    private final int heading;
    private final boolean ruleScore;

    private LineModel(MaxentModel model, boolean ruleScore) {
        this.model = model;
        this.heading = model.getIndex(HEADING);
        this.ruleScore = ruleScore;
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("opennlp");
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    /**
     * @param algorithm "MAXENT" or "PERCEPTRON"
     * @param ruleScore whether the rules' layout score is among the features
     */
    static LineModel train(List<LabelledDocument> docs, String algorithm, boolean ruleScore) {
        List<Event> events = new ArrayList<>();
        for (LabelledDocument d : docs) {
            List<String[]> features = ruleScore ? d.withRuleScore() : d.features();
            for (int i = 0; i < features.size(); i++) {
                if (features.get(i).length > 0) {
                    events.add(new Event(d.heading()[i] ? HEADING : TEXT, features.get(i)));
                }
            }
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        // OpenNLP's default; 300 moved the held-apart F1 by about 0.01 and took three times as long.
        p.put(TrainingParameters.ITERATIONS_PARAM, Integer.getInteger("headingTrial.iterations", 100));
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        // In memory: the default two-pass indexer writes the events to a temporary file first.
        p.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_VALUE);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        try {
            return new LineModel(trainer.train(ObjectStreamUtils.createObjectStream(events)), ruleScore);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each line's probability of being an item heading (0 for blank lines). */
    double[] probabilities(LabelledDocument d) {
        List<String[]> features = ruleScore ? d.withRuleScore() : d.features();
        double[] out = new double[features.size()];
        for (int i = 0; i < out.length; i++) {
            String[] f = features.get(i);
            out[i] = f.length > 0 && heading >= 0 ? model.eval(f)[heading] : 0;
        }
        return out;
    }

    /** The lines this model calls item headings on their own (blank lines never). */
    boolean[] headings(LabelledDocument d) {
        double[] p = probabilities(d);
        boolean[] out = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] > THRESHOLD;
        }
        return out;
    }
}
