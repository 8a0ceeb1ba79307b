package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.BlockBuilder.Block;

/**
 * Motions minuted as moved and carried, with no AGREED/RESOLVED verb: "RESOLUTION 2019/04 / Moved: Cr A / Seconded:
 * Cr B / That Council adopt the policy. / CARRIED", "Councillor Watkins/Mr Pannu / That the minutes … be confirmed. /
 * CARRIED". The "That …" paragraph is the decision when the item records a motion as carried, or heads it with a
 * motion label or a mover. What a motion's label, its carrying and an officer's recommendation are called is data
 * (motion.* in the vocabulary).
 */
final class CarriedMotions {

    /** "That …", or quoted as Canadian minutes print a motion: "\u201cThat the agenda … be adopted.\u201d". */
    private static final Pattern THAT = Pattern.compile("[\u201c\"]?(?:THAT|That)[\\s,]");
    private static final Pattern MOVER_ANY = Pattern
            .compile("(?i)\\b(?:" + Vocabulary.alternation("decision.proposal") + ")\\b\\s*:");
    private static final Pattern INNER_THAT = Pattern.compile("\\s(?:THAT|That)[\\s,]");
    private static final Pattern MOVER = Pattern
            .compile("(?i)^(?:" + Vocabulary.alternation("decision.proposal") + ")\\b");
    // "Councillor Watkins/Mr Pannu", "Councillors Jeffery / Taylor", "Paku/McIlroy": mover and seconder.
    private static final Pattern MOVER_PAIR = Pattern
            .compile("[\\p{L}.'\u2019 -]{2,40}\\s?/\\s?[\\p{L}.'\u2019 -]{2,40}");
    // "Moved:       Cr" / "Gerard Minehan": a mover label, perhaps with a title, whose name is on the next line.
    private static final Pattern OPEN_MOVER = Pattern.compile("(?i)(?:^|.*\\s)(?:"
            + Vocabulary.alternation("decision.proposal") + ")(?:\\s+by)?\\s*:?(?:\\s+"
            + Vocabulary.abbreviations("person.honorifics") + ")?\\s*");
    /** Where a mover label can start, and the words one holds: most lines are not tried against the patterns. */
    private static final MatchStarts MOVER_START = MatchStarts
            .firstLetters(Vocabulary.phrases("decision.proposal"));
    private static final Set<String> MOVER_WORDS = Vocabulary.firstWords("decision.proposal");
    private static final Pattern LETTERED = Pattern.compile("[a-zA-Z][.)]\\s");
    private static final int MAX_LIST = 30;
    private static final int MAX_LEAD_WORDS = 10;
    private static final List<String> LABELS = Vocabulary.phrases("motion.labels");
    private static final List<String> RECOMMENDATIONS = Vocabulary.phrases("motion.recommendations");
    /** The lists {@link #isLabel} takes; a block is read only as far as one of their phrases could reach. */
    private static final List<String> LABEL_LISTS = List.of("motion.labels", "motion.carried",
            "motion.recommendations");
    private static final Set<String> LABEL_FIRST_WORDS = firstWords();
    private static final int MAX_LABEL = Math.min(60, longestLabel() + 1);

    private CarriedMotions() {
    }

    /** The carried motions' texts in order, "That" kept; a motion ending in ":" takes the list it introduces. */
    static List<String> find(List<Block> blocks) {
        boolean carried = false;
        // Each block's label key once: leading and trailing space do not change it.
        String[] keys = new String[blocks.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = labelKey(blocks.get(i).text());
            carried = carried || is(keys[i], "motion.carried");
        }
        List<String> out = new ArrayList<>();
        boolean headed = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text().strip();
            if (b.action()) {
                continue;
            }
            String key = keys[i];
            Matcher inner = INNER_THAT.matcher(t);
            if ((t.contains("THAT") || t.contains("That")) && inner.find()
                    && (MOVER_ANY.matcher(t.substring(0, inner.start())).find()
                            || opensWithLabel(t.substring(0, inner.start()))
                            || headed && shortLead(t.substring(0, inner.start())))) {
                // "Moved: Cr A Seconded: Cr B That the minutes … be confirmed." run together on one paragraph.
                t = t.substring(inner.start() + 1);
                key = labelKey(t);
                headed = true;
            } else if (is(key, "motion.labels") || isMover(t)) {
                headed = true;
                continue;
            }
            if (is(key, "motion.recommendations")) {
                // An officer's recommendation is what was put, not what was decided: skip its motion.
                i = skipMotion(blocks, i + 1);
                continue;
            }
            if (!THAT.matcher(t).lookingAt() || !(carried || headed)) {
                continue;
            }
            StringBuilder motion = new StringBuilder(t);
            int j = i + 1;
            while (motion.charAt(motion.length() - 1) == ':' && j < blocks.size() && j - i <= MAX_LIST
                    && isEntry(blocks.get(j))) {
                motion.append(' ').append(blocks.get(j).text().strip());
                j++;
            }
            out.add(motion.toString());
            i = j - 1;
            headed = false;
        }
        return out;
    }

    /**
     * "Substantive motion Committee's recommendation Councillors Boag / Tapine That …": a motion's label opening a
     * paragraph that PDF extraction ran together with its mover and its motion. Not an officer's recommendation.
     */
    private static boolean opensWithLabel(String prefix) {
        String lower = Vocabulary.normalise(prefix);
        for (String r : RECOMMENDATIONS) {
            if (lower.contains(r)) {
                return false;
            }
        }
        for (String label : LABELS) {
            if (lower.startsWith(label + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Under a motion's label, a short lead before "That" is its mover or whose recommendation it was ("Committee's
     * recommendation Councillors Boag / Tapine That …"), not discussion; an officer's recommendation is not carried.
     */
    private static boolean shortLead(String prefix) {
        if (Text.words(prefix).length > MAX_LEAD_WORDS) {
            return false;
        }
        String lower = Vocabulary.normalise(prefix);
        for (String r : RECOMMENDATIONS) {
            if (lower.contains(r)) {
                return false;
            }
        }
        return true;
    }

    private static int skipMotion(List<Block> blocks, int from) {
        int i = from;
        if (i < blocks.size() && THAT.matcher(blocks.get(i).text().strip()).lookingAt()) {
            boolean open = blocks.get(i).text().strip().endsWith(":");
            while (open && i + 1 < blocks.size() && isEntry(blocks.get(i + 1))) {
                i++;
            }
            return i;
        }
        return from - 1;
    }

    private static boolean isEntry(Block b) {
        String t = b.text().strip();
        return !isLabel(t, "motion.carried") && !THAT.matcher(t).lookingAt()
                && (b.bullet() || b.indented() || LineClassifier.lettered(firstWord(t)) != null
                        || Character.isDigit(t.charAt(0)) || LETTERED.matcher(t).lookingAt());
    }

    private static String firstWord(String t) {
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    /** A mover line: "Moved: Cr A", "Seconded:", "Proposed by …", or a "Mover/Seconder" pair of names. */
    static boolean isMover(String t) {
        if (startsWithMover(t)) {
            return true;
        }
        // The pair is at most 83 code points (166 chars) and holds a '/': longer paragraphs are never tried.
        if (t.length() > 166 || t.indexOf('/') < 0 || !MOVER_PAIR.matcher(t).matches()) {
            return false;
        }
        for (String part : t.split("/")) {
            String name = PersonParser.withoutHonorific(part.strip());
            if (name.isEmpty() || !PersonParser.isNameLike(name.replace(".", ""))) {
                return false;
            }
        }
        return true;
    }

    /** A motion's label or the word that records it carried, the whole line: "Resolution", "CARRIED". */
    static boolean isLabelOrCarried(String t) {
        // Most lines are paragraphs' lines, far longer than any label with its reference.
        if (t.length() > 2 * MAX_LABEL) {
            return false;
        }
        String key = labelKey(t);
        return key != null && (is(key, "motion.labels") || is(key, "motion.carried"));
    }

    /** The whole block is one of the list's phrases, less a reference ("RESOLUTION 2019/01", "MC1/19 Resolution"). */
    static boolean isLabel(String t, String list) {
        return is(labelKey(t), list);
    }

    private static boolean is(String key, String list) {
        if (!LABEL_LISTS.contains(list)) {
            throw new IllegalArgumentException("not a motion label list: " + list);
        }
        return key != null && Vocabulary.listOf(key, list) != null;
    }

    /**
     * The block's words lower case, punctuation trimmed, words with digits left out; null when that is empty or too
     * long for a label, or when its first word opens none. Runs on every block, so words are read only until the
     * phrase can no longer be a label.
     */
    private static String labelKey(String t) {
        StringBuilder kept = new StringBuilder();
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            String word = PersonParser.trimPunctuation(t.substring(start, i).toLowerCase(Locale.ROOT));
            if (!word.isEmpty() && !hasDigit(word)) {
                if (kept.isEmpty() && !LABEL_FIRST_WORDS.contains(word)) {
                    return null;
                }
                kept.append(kept.isEmpty() ? "" : " ").append(word);
                if (kept.length() >= MAX_LABEL) {
                    return null;
                }
            }
        }
        return kept.isEmpty() ? null : kept.toString();
    }

    private static Set<String> firstWords() {
        Set<String> out = new HashSet<>();
        LABEL_LISTS.forEach(l -> out.addAll(Vocabulary.firstWords(l)));
        return Set.copyOf(out);
    }

    private static int longestLabel() {
        int max = 0;
        for (String l : LABEL_LISTS) {
            for (String phrase : Vocabulary.phrases(l)) {
                max = Math.max(max, phrase.length());
            }
        }
        return max;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The line ends with a mover label ("Moved:", "Seconded:  Mayor"): the mover's name is on the next line. */
    static boolean opensMover(String t) {
        return t.length() < 80 && holdsMoverWord(t) && OPEN_MOVER.matcher(t).matches();
    }

    /** "Moved: Cr A", "Seconded by Mr B", "Proposed Cllr C": a mover line. */
    static boolean startsWithMover(String t) {
        return !t.isEmpty() && MOVER_START.test(t, 0) && MOVER.matcher(t).lookingAt();
    }

    private static boolean holdsMoverWord(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        for (String w : MOVER_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
