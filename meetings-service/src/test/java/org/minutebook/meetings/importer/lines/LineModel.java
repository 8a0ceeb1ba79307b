package org.minutebook.meetings.importer.lines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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

    /** The trainers log every iteration at INFO: held here so the level sticks (loggers are weakly referenced). */
    private static final java.util.logging.Logger QUIET = quiet();

    private final MaxentModel model;
    private final int heading;

    private LineModel(MaxentModel model) {
        this.model = model;
        this.heading = model.getIndex(HEADING);
    }

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger("opennlp");
        l.setLevel(java.util.logging.Level.WARNING);
        return l;
    }

    /** @param algorithm "MAXENT" or "PERCEPTRON" */
    static LineModel train(List<LabelledDocument> docs, String algorithm) {
        List<Event> events = new ArrayList<>();
        for (LabelledDocument d : docs) {
            for (int i = 0; i < d.features().size(); i++) {
                if (d.features().get(i).length > 0) {
                    events.add(new Event(d.heading()[i] ? HEADING : TEXT, d.features().get(i)));
                }
            }
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        p.put(TrainingParameters.ITERATIONS_PARAM, 100);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        try {
            return new LineModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines this model calls item headings (blank lines never). */
    boolean[] headings(LabelledDocument d) {
        boolean[] out = new boolean[d.features().size()];
        for (int i = 0; i < out.length; i++) {
            String[] f = d.features().get(i);
            out[i] = f.length > 0 && heading >= 0 && model.eval(f)[heading] > 0.5;
        }
        return out;
    }
}
