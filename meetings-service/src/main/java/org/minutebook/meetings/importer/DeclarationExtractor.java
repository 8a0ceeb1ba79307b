package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.BlockBuilder.Block;
import org.minutebook.meetings.record.DeclarationRecord;
import org.minutebook.meetings.record.PersonRecord;

/**
 * Declarations of interest, kept under the item where the minutes record them: "Councillor Steve Nelson declared a
 * personal non prejudicial interest as …", "an interest was declared by Cllr Beall", or, under a "Declarations of
 * Interest" item, a line naming an attendee and an interest.
 */
final class DeclarationExtractor {

    private static final Pattern DECLARED = Pattern.compile("(?i)\\bdeclared\\b");
    private static final Pattern DECLARED_BY = Pattern.compile("(?i)\\bdeclared\\s+by\\s+(.{3,120})");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;].*$");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:no|none|nil|not)\\b");
    private static final Pattern NAMES_BEFORE = Pattern.compile(
            "((?:(?:[A-Z][\\p{L}'\u2019.\\-]*|and|&|,)\\s*){1,12})(?:also\\s+|both\\s+|each\\s+)?$");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|\\band\\b|&)\\s*");
    private static final Pattern DECLARATIONS_TITLE = Pattern
            .compile("(?i)declarations?\\s+of\\s+(?:any\\s+)?interests?");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|An)\\s+");

    private DeclarationExtractor() {
    }

    static List<DeclarationRecord> extract(List<Block> blocks, String title, Roster roster) {
        Map<String, DeclarationRecord> out = new LinkedHashMap<>();
        boolean declarationsItem = DECLARATIONS_TITLE.matcher(title).find();
        for (Block b : blocks) {
            if (b.action()) {
                continue;
            }
            for (int k = 0; k < b.sentences().size(); k++) {
                String sentence = b.sentences().get(k);
                String lower = b.lowerSentences().get(k);
                // Under a declarations item, "Chris Francis declared that he works for …" needs no "interest".
                if (!lower.contains("interest") && !(declarationsItem && lower.contains("declared"))) {
                    continue;
                }
                Matcher d = DECLARED.matcher(sentence);
                if (d.find()) {
                    String interest = sentence.substring(d.end()).strip();
                    for (String name : declarers(sentence, d.start(), roster)) {
                        put(out, name, interest);
                    }
                } else if (declarationsItem && !NEGATED.matcher(sentence).find()) {
                    for (String name : roster.mentionedIn(sentence)) {
                        put(out, name, sentence);
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<String> declarers(String sentence, int verbAt, Roster roster) {
        List<String> names = new ArrayList<>(2);
        Matcher by = DECLARED_BY.matcher(sentence);
        String source = null;
        if (by.find()) {
            source = SENTENCE_END.matcher(by.group(1)).replaceFirst("");
        } else {
            Matcher m = NAMES_BEFORE.matcher(sentence.substring(0, verbAt));
            if (m.find()) {
                source = m.group(1);
            }
        }
        if (source == null) {
            return names;
        }
        for (String raw : NAME_SPLIT.split(source.strip())) {
            String name = name(raw, roster);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static String name(String raw, Roster roster) {
        String phrase = LEADING_ARTICLE.matcher(raw.strip()).replaceFirst("");
        if (phrase.isEmpty()) {
            return null;
        }
        String known = roster.byReference(phrase);
        if (known != null) {
            return known;
        }
        PersonRecord p = PersonParser.parse(phrase);
        return p == null ? null : p.name();
    }

    private static void put(Map<String, DeclarationRecord> out, String name, String interest) {
        if (out.size() < 100) {
            out.putIfAbsent(AttendanceEntries.key(name), new DeclarationRecord(PersonParser.clip(name, 200),
                    PersonParser.clip(ResolutionExtractor.clean(interest), 2000)));
        }
    }
}
