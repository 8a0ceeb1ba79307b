package org.minutebook.meetings.importer.lines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Issue 16's trial: is a trained line classifier (OpenNLP maxent and perceptron over general line features) a better
 * judge of "this line starts an item" than the importer's rules? Leave-one-body-out over the corpus: for each body,
 * the models are trained on every other body's documents and tested on this one's, on exactly the lines the rules
 * are scored on. Prints the per-body table; asserts what makes the comparison sound, never a winner.
 */
class HeadingClassifierTrialTest {

    private static final String[] DECIDERS = {"rules", "maxent", "perceptron"};

    @Test
    void shouldCompareRulesAndTrainedClassifiersOnHeldApartBodies() throws IOException {
        long start = System.nanoTime();
        Map<String, List<LabelledDocument>> bodies = new LinkedHashMap<>();
        int goldenItems = 0;
        int goldenUnplaced = 0;
        int parsedUnplaced = 0;
        for (CorpusDocument d : CorpusDocument.loadAll()) {
            LabelledDocument l = LabelledDocument.of(d);
            if (d.id().equals(System.getProperty("headingTrial.show"))) {
                System.out.println(l.marked());
            }
            bodies.computeIfAbsent(d.body(), b -> new ArrayList<>()).add(l);
            goldenItems += d.golden().size();
            goldenUnplaced += l.goldenUnplaced();
            parsedUnplaced += l.parsedUnplaced();
        }
        long labelled = System.nanoTime();
        Map<String, Counts> total = new LinkedHashMap<>();
        for (String name : DECIDERS) {
            total.put(name, new Counts());
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nheld-apart body | docs | lines | golden headings | rules P R F1 (tp/fp/fn) | maxent | perceptron%n"));
        for (Map.Entry<String, List<LabelledDocument>> body : bodies.entrySet()) {
            List<LabelledDocument> training = new ArrayList<>();
            bodies.forEach((b, docs) -> {
                if (!b.equals(body.getKey())) {
                    training.addAll(docs);
                }
            });
            LineModel maxent = LineModel.train(training, "MAXENT");
            LineModel perceptron = LineModel.train(training, "PERCEPTRON");
            Map<String, Counts> here = new LinkedHashMap<>();
            for (String name : DECIDERS) {
                here.put(name, new Counts());
            }
            for (LabelledDocument d : body.getValue()) {
                here.get("rules").add(d, d.rules());
                here.get("maxent").add(d, maxent.headings(d));
                here.get("perceptron").add(d, perceptron.headings(d));
            }
            Counts r = here.get("rules");
            assertEquals(r.lines, here.get("maxent").lines, body.getKey() + ": the deciders saw different lines");
            assertEquals(r.lines, here.get("perceptron").lines, body.getKey() + ": the deciders saw different lines");
            table.append(String.format(Locale.ROOT, "%s | %d | %d | %d | %s | %s | %s%n", body.getKey(),
                    body.getValue().size(), r.lines, r.tp + r.fn, r, here.get("maxent"), here.get("perceptron")));
            here.forEach((name, c) -> total.get(name).add(c));
        }
        Counts all = total.get("rules");
        table.append(String.format(Locale.ROOT, "all %d bodies | %d | %d | %s | %s | %s%n", bodies.size(), all.lines,
                all.tp + all.fn, all, total.get("maxent"), total.get("perceptron")));
        table.append(String.format(Locale.ROOT,
                "golden items %d, %d found on no line; parser items found on no line: %d%n", goldenItems,
                goldenUnplaced, parsedUnplaced));
        table.append(String.format(Locale.ROOT, "read and labelled in %.1f s, %d folds trained and scored in %.1f s%n",
                (labelled - start) / 1e9, bodies.size(), (System.nanoTime() - labelled) / 1e9));
        System.out.println(table);

        assertTrue(bodies.size() >= 2, "leave-one-body-out needs two bodies, has " + bodies.size());
        assertTrue(all.tp + all.fn > 0, "no golden heading line was found" + table);
        // The labels come from matching golden items to lines: if that matching breaks, the figures mean nothing.
        assertTrue(goldenUnplaced * 20 <= goldenItems, goldenUnplaced + " of " + goldenItems
                + " golden items found on no line" + table);
        for (String name : DECIDERS) {
            Counts c = total.get(name);
            assertEquals(all.lines, c.lines, name + " was scored on other lines");
            assertEquals(all.tp + all.fn, c.tp + c.fn, name + " was scored against other golden headings");
            assertTrue(c.tp + c.fp > 0, name + " called no line a heading" + table);
        }
    }
}
