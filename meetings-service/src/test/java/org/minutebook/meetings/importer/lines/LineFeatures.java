package org.minutebook.meetings.importer.lines;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.minutebook.meetings.importer.LineTrialAccess;

/**
 * General features of each line of a document, as OpenNLP context strings: the numbering and whether it continues
 * the previous number of its kind, case, length, position, label-vocabulary hits, the end character, and the blank
 * or short lines around it. No feature names a council or a title.
 */
final class LineFeatures {

    private static final String[] LISTS = {"attendance.present", "attendance.officers", "attendance.apologies",
            "decision.verbs", "minutes.approval", "motion.labels", "motion.carried", "title.restricted"};
    private static final List<List<String>> VOCABULARY = vocabulary();

    private LineFeatures() {
    }

    /**
     * As {@link #of(List)}, with the rules' own layout score of the line as one more feature: does learning add
     * anything to the rules' local judgement?
     */
    static List<String[]> withRuleScore(List<DocLine> lines, List<String[]> general) {
        double[] rule = LineTrialAccess.ruleScores(lines);
        List<String[]> out = new ArrayList<>(general.size());
        for (int i = 0; i < general.size(); i++) {
            String[] g = general.get(i);
            if (g.length == 0) {
                out.add(g);
                continue;
            }
            String[] f = java.util.Arrays.copyOf(g, g.length + 2);
            f[g.length] = "rule=" + rule[i];
            f[g.length + 1] = g[0] + "&rule=" + rule[i];
            out.add(f);
        }
        return out;
    }

    /** One context per line; blank lines get an empty one (they are never classified). */
    static List<String[]> of(List<DocLine> lines) {
        List<NumberPattern> numbers = new ArrayList<>(lines.size());
        for (DocLine l : lines) {
            numbers.add(l.blank() ? NumberPattern.NONE : NumberPattern.of(l.text()));
        }
        int nonBlank = (int) lines.stream().filter(l -> !l.blank()).count();
        List<String[]> out = new ArrayList<>(lines.size());
        Set<String> seen = new HashSet<>();
        int firstNumbered = -1;
        int ordinal = 0;
        for (int i = 0; i < lines.size(); i++) {
            DocLine l = lines.get(i);
            if (l.blank()) {
                out.add(new String[0]);
                continue;
            }
            NumberPattern n = numbers.get(i);
            List<String> f = new ArrayList<>(32);
            f.add("num=" + n.kind());
            if (n.numbered()) {
                firstNumbered = firstNumbered < 0 ? i : firstNumbered;
                String prev = step(previous(numbers, i, n.kind()), n.major());
                String next = step(n.major(), next(numbers, i, n.kind()));
                String key = n.kind() + n.major();
                f.add("prev=" + prev);
                f.add("next=" + next);
                f.add("seen=" + seen.contains(key));
                f.add(n.kind() + "&prev=" + prev);
                f.add(n.kind() + "&next=" + next);
                f.add("restEmpty=" + n.rest().isEmpty());
                f.add("one=" + (n.major() == 1));
                seen.add(key);
            }
            String body = n.numbered() || n.kind().equals("letter") ? n.rest() : l.text();
            String c = caseOf(body);
            f.add("case=" + c);
            f.add(n.kind() + "&case=" + c);
            f.add("first=" + firstChar(body));
            int words = body.isBlank() ? 0 : body.strip().split("\\s+").length;
            String w = bucket(words, 1, 3, 7, 15, 30);
            f.add("words=" + w);
            f.add(n.kind() + "&words=" + w);
            f.add("chars=" + bucket(l.text().length(), 10, 30, 60, 100, 200));
            f.add("pos=" + Math.min(4, ordinal * 5 / Math.max(1, nonBlank)));
            f.add("beforeFirstNumber=" + (firstNumbered < 0));
            f.add("end=" + endOf(l.text()));
            f.add("stops=" + Math.min(3, stops(l.text())));
            String v = vocabularyHit(body);
            f.add("voc=" + v);
            f.add("prevBlank=" + (i == 0 || lines.get(i - 1).blank()));
            f.add("nextBlank=" + (i + 1 >= lines.size() || lines.get(i + 1).blank()));
            f.add("prevShort=" + (i > 0 && lines.get(i - 1).text().length() < 40));
            f.add("nextNumbered=" + (i + 1 < lines.size() && numbers.get(i + 1).numbered()));
            f.add("nextFirst=" + (i + 1 < lines.size() ? firstChar(lines.get(i + 1).text()) : "end"));
            // A bare number ("7", "8.1") heads the title on the next non-blank line: what is that line like?
            int nn = nextNonBlank(lines, i);
            String after = nn < 0 ? "end" : caseOf(lines.get(nn).text()) + "/" + endOf(lines.get(nn).text());
            f.add("nn=" + after);
            f.add("nnWords=" + (nn < 0 ? "end" : bucket(words(lines.get(nn).text()), 1, 3, 7, 15, 30)));
            f.add("nnNumbered=" + (nn >= 0 && numbers.get(nn).numbered()));
            if (n.numbered() && n.rest().isEmpty()) {
                f.add("bare&nn=" + after);
            }
            f.add("level=" + Math.min(3, l.level()));
            f.add("bold=" + l.bold());
            f.add("bullet=" + l.bullet());
            f.add("indented=" + l.indented());
            f.add(n.kind() + "&emph=" + (l.level() > 0 || l.bold()));
            out.add(f.toArray(String[]::new));
            ordinal++;
        }
        return out;
    }

    private static int nextNonBlank(List<DocLine> lines, int i) {
        for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
            if (!lines.get(j).blank()) {
                return j;
            }
        }
        return -1;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static int previous(List<NumberPattern> ns, int i, String kind) {
        for (int j = i - 1; j >= 0; j--) {
            if (ns.get(j).kind().equals(kind)) {
                return ns.get(j).major();
            }
        }
        return -1;
    }

    private static int next(List<NumberPattern> ns, int i, String kind) {
        for (int j = i + 1; j < ns.size(); j++) {
            if (ns.get(j).kind().equals(kind)) {
                return ns.get(j).major();
            }
        }
        return -1;
    }

    /** How {@code to} follows {@code from}: the next number, the same, a small or large jump, or back. */
    private static String step(int from, int to) {
        if (from < 0 || to < 0) {
            return "none";
        }
        int d = to - from;
        return d == 1 ? "+1" : d == 0 ? "same" : d > 1 && d <= 3 ? "gap" : d > 3 ? "jump" : "back";
    }

    private static String caseOf(String s) {
        int upper = 0;
        int letters = 0;
        int capitalWords = 0;
        String[] words = s.strip().split("\\s+");
        for (String w : words) {
            capitalWords += !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
                upper += Character.isUpperCase(s.charAt(i)) ? 1 : 0;
            }
        }
        if (letters == 0) {
            return "noletters";
        }
        if (upper * 10 >= letters * 9) {
            return "caps";
        }
        return capitalWords * 2 >= words.length ? "title" : "sentence";
    }

    private static String firstChar(String s) {
        if (s.isEmpty()) {
            return "empty";
        }
        char c = s.charAt(0);
        return Character.isUpperCase(c)
                ? "upper"
                : Character.isLowerCase(c)
                        ? "lower"
                        : Character.isDigit(c) ? "digit" : "other";
    }

    private static String endOf(String s) {
        char c = s.charAt(s.length() - 1);
        return ":.,;".indexOf(c) >= 0 ? String.valueOf(c) : Character.isLetterOrDigit(c) ? "alnum" : "other";
    }

    private static int stops(String s) {
        int n = 0;
        for (int i = 1; i < s.length(); i++) {
            n += s.charAt(i) == ' ' && s.charAt(i - 1) == '.' ? 1 : 0;
        }
        return n;
    }

    private static String vocabularyHit(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (int k = 0; k < LISTS.length; k++) {
            for (String p : VOCABULARY.get(k)) {
                if (lower.startsWith(p)
                        && (lower.length() == p.length() || !Character.isLetter(lower.charAt(p.length())))) {
                    return LISTS[k];
                }
            }
        }
        return "none";
    }

    private static String bucket(int v, int... bounds) {
        for (int b : bounds) {
            if (v <= b) {
                return "<=" + b;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }

    private static List<List<String>> vocabulary() {
        List<List<String>> v = new ArrayList<>();
        for (String l : LISTS) {
            v.add(LineTrialAccess.phrases(l));
        }
        return v;
    }
}
