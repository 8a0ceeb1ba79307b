package org.minutebook.meetings.importer.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line where each item of a list (a golden's, or the parser's) starts: the line whose number and title
 * begin the item ("7. Title", or "7" above "Title"). The same matching serves the golden and the rules, so that both
 * are compared as sets of line numbers. Items are found in order: the best increasing chain of matches wins, a
 * numbered match counting twice an un-numbered one, so an agenda's copy of a title loses to the numbered heading.
 */
final class HeadingLines {

    /**
     * An item number, a reference ("SSP/12/24") or a letter ("a)", "(ii)") before a title; an agenda number after a
     * reference.
     */
    static final Pattern PREFIX = Pattern.compile("^(?:(?i:agenda\\s+)?(?i:item)\\s+)?(?:[A-Z]{1,6}\\s?/?\\s?(?=\\d))?"
            + "(?:\\d{1,4}(?:\\s?[./]\\s?\\d{1,4})*\\.?)?\\s*(?:\\(?(?:[a-z]|[ivx]{1,4})\\))?[.):\\-\u2013\u2014]*\\s*"
            // "C059/22  1.  APOLOGIES": the agenda's number after the minute's reference.
            + "(?:(?<=\\d/\\d{2}\\s{1,20})\\d{1,3}[.)]\\s+)?");
    private static final int KEY = 20;

    private record Match(int item, int line, int score) {
    }

    private HeadingLines() {
    }

    /** For each item, the line it starts at, or -1 when no line starts with its title. */
    static int[] find(List<DocLine> lines, List<ItemRef> items) {
        List<Match> matches = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            String key = norm(items.get(k).title());
            key = key.substring(0, Math.min(KEY, key.length()));
            if (key.isEmpty()) {
                continue;
            }
            for (int i = 0; i < lines.size(); i++) {
                int s = score(lines, i, key, items.get(k).number());
                if (s > 0) {
                    matches.add(new Match(k, i, s));
                }
            }
        }
        int[] at = new int[items.size()];
        java.util.Arrays.fill(at, -1);
        for (Match m : bestChain(matches)) {
            at[m.item()] = m.line();
        }
        return at;
    }

    private static int score(List<DocLine> lines, int i, String key, String number) {
        String text = lines.get(i).text();
        if (text.isEmpty()) {
            return 0;
        }
        Matcher m = PREFIX.matcher(text);
        m.lookingAt();
        String prefix = norm(m.group());
        String rest = norm(text.substring(m.end()));
        StringBuilder follow = new StringBuilder(rest);
        for (int j = i + 1, n = 0; j < lines.size() && n < 2 && follow.length() < KEY; j++) {
            if (!lines.get(j).blank()) {
                follow.append(norm(lines.get(j).text()));
                n++;
            }
        }
        if (rest.isEmpty() && prefix.isEmpty()) {
            return 0;
        }
        boolean compatible = rest.startsWith(key) || key.startsWith(rest);
        if (!compatible || !follow.toString().startsWith(key)) {
            return 0;
        }
        return numberAgrees(prefix, norm(number)) ? 2 : rest.isEmpty() ? 0 : 1;
    }

    /** "2." for item 2, "a)" for item 2(a), "SSP 136/13" for SSP/136/13. */
    private static boolean numberAgrees(String prefix, String number) {
        return !prefix.isEmpty() && (number.equals(prefix) || number.endsWith(prefix) || number.startsWith(prefix));
    }

    /** Items and lines both strictly increasing, most score; on a tie the later line (the minutes, not the agenda). */
    private static List<Match> bestChain(List<Match> ms) {
        int n = ms.size();
        int[] best = new int[n];
        int[] prev = new int[n];
        int top = -1;
        for (int a = 0; a < n; a++) {
            best[a] = ms.get(a).score();
            prev[a] = -1;
            for (int b = 0; b < n; b++) {
                Match mb = ms.get(b);
                if (mb.item() >= ms.get(a).item() || mb.line() >= ms.get(a).line()) {
                    continue;
                }
                int v = best[b] + ms.get(a).score();
                if (v > best[a] || (v == best[a] && prev[a] >= 0 && mb.line() > ms.get(prev[a]).line())) {
                    best[a] = v;
                    prev[a] = b;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            if (top < 0 || best[a] > best[top] || (best[a] == best[top] && ms.get(a).line() > ms.get(top).line())) {
                top = a;
            }
        }
        List<Match> chain = new ArrayList<>();
        for (int a = top; a >= 0; a = prev[a]) {
            chain.add(0, ms.get(a));
        }
        return chain;
    }

    /** Lower case, letters and digits only: markup, spacing and punctuation differ between a golden and its text. */
    static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
