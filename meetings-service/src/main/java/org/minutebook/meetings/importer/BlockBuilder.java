package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups an item's lines into blocks: paragraphs (wrapped lines joined), list entries, and ACTION-column entries —
 * whole lines such as "JL/ SJ" or a last table cell / trailing column ("…Forum.\tJL/SJ") split off the text.
 */
final class BlockBuilder {

    /** A paragraph or list entry; {@code owners} is non-null for an ACTION-column entry. */
    record Block(String text, boolean bullet, boolean indented, boolean emphasised, List<String> owners,
            List<String> sentences, List<String> lowerSentences) {

        boolean action() {
            return owners != null;
        }
    }

    private static final Pattern LIST_MARKER = Pattern
            .compile("^(?:\\(?\\d{1,2}[.)]|\\(?[a-z][.)]|\\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\\))\\s");
    // moderngov prints "Minutes:" before each item's minutes; it is layout, not discussion.
    private static final Pattern ACTION_HEADING = Pattern.compile("(?i)actions?\\s+\\d{1,3}\\s*[:.]?");
    private static final Pattern LABEL_ONLY = Pattern.compile("(?i)(?:minutes|decision|notes|discussion)\\s*:");
    // "1.4 RESOLVED: That …": minutes that number their paragraphs (1.1, 1.2 … under item 1) start a paragraph with
    // its number; the number is layout, not text.
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,3}\\.\\d{1,3}\\.?\\s+(?=\\p{Lu})");
    /**
     * A minute's reference before its text or alone on its line: "DWG18/19", "MC 1/19", "050/25:" (a tab or a colon
     * follows, or nothing).
     */
    private static final Pattern MINUTE_REFERENCE = Pattern
            .compile("^(?:\\p{Lu}{1,8}\\s?)?\\d{1,4}/\\d{2,4}(?:\\t\\s*|:\\s+|$)");
    private static final Pattern TRAILING_INITIALS = Pattern
            .compile("\\s((?:[A-Z]{2,3}\\s?/\\s?)+[A-Z]{2,3})$");

    private static final Set<String> LEAD_INS = Set.copyOf(
            Vocabulary.phrases("decision.lead-ins"));

    private static final Pattern DASHED_INITIALS = Pattern
            .compile("\\s[-\u2013\u2014]\\s((?:[A-Z]{2,3}\\s?(?:&|,|/|and)\\s?)*[A-Z]{2,3})$");

    /** A pending paragraph longer than this is no label's first part: the join is not tried. */
    private static final int SHORT_LABEL = 40;

    private final Roster roster;
    private final List<Block> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Line first;
    private boolean underActionHeading;
    private Line previous;
    private boolean moverOpen;

    private BlockBuilder(Roster roster) {
        this.roster = roster;
    }

    static List<Block> build(List<Line> lines, Roster roster) {
        BlockBuilder b = new BlockBuilder(roster);
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Line joined = i + 1 < lines.size() ? b.entrySplitOverTwoLines(l, lines.get(i + 1)) : null;
            if (joined != null) {
                i++;
            }
            b.accept(joined != null ? joined : l);
        }
        b.flush();
        return b.out;
    }

    /** A narrow action cell wraps: "ALL to" / "Note" is one entry. */
    private Line entrySplitOverTwoLines(Line l, Line next) {
        String t = l.text();
        boolean unfinished = t.endsWith(" to") || t.endsWith("/") || t.endsWith(",") || t.endsWith("&");
        if (!unfinished || t.length() > 20 || next.blank() || next.text().length() > 20) {
            return null;
        }
        String both = t + " " + next.text();
        List<String> owners = LineClassifier.actionOwners(both);
        return owners != null && acceptOwners(owners, l.emphasised())
                ? new Line(both, l.level(), l.bold(), false, false)
                : null;
    }

    private void accept(Line line) {
        if (line.blank() || LineClassifier.isActionHeader(line.text())) {
            flush();
            return;
        }
        Line l = line;
        Matcher paragraph = PARAGRAPH_NUMBER.matcher(l.text());
        if (Character.isDigit(l.text().charAt(0)) && paragraph.lookingAt()) {
            flush();
            l = new Line(l.text().substring(paragraph.end()), l.level(), l.bold(), l.bullet(), l.indented());
        }
        Matcher reference = l.text().indexOf('/') > 0 ? MINUTE_REFERENCE.matcher(l.text()) : null;
        if (reference != null && Character.isLetterOrDigit(l.text().charAt(0)) && reference.lookingAt()) {
            // "DWG18/19<tab>That the apologies …", or the reference on its own line: the minute's reference is layout.
            if (reference.end() == l.text().length()) {
                return;
            }
            l = new Line(l.text().substring(reference.end()), l.level(), l.bold(), l.bullet(), l.indented());
        }
        if (first != null && text.length() <= SHORT_LABEL && isMotionLabel(text + " " + l.text())) {
            // "Committee" above "Resolution": one label wrapped.
            text.append(' ').append(l.text());
            flush();
            return;
        }
        if (isMotionLabel(l.text())) {
            // "Resolution", "CARRIED": a motion's label or its carrying is a paragraph of its own, whatever wraps.
            flush();
            append(l);
            flush();
            return;
        }
        boolean afterMover = moverOpen;
        moverOpen = CarriedMotions.opensMover(l.text());
        if (afterMover || CarriedMotions.startsWithMover(l.text())) {
            // A mover or seconder ("Moved: Cr Gerard Minehan", or the name under "Moved: Cr"): never an action owner.
            append(l);
            return;
        }
        if (l.text().regionMatches(true, 0, "action", 0, 6) && ACTION_HEADING.matcher(l.text()).matches()) {
            // "### Action 1:" over "All board members to forward their suggestions …": the next line is the action.
            flush();
            underActionHeading = true;
            return;
        }
        boolean headed = underActionHeading;
        underActionHeading = false;
        ActionLine.Parsed underHeading = headed ? ActionLine.parse("Action: " + l.text()) : null;
        if (underHeading != null) {
            out.add(new Block("Action: " + l.text(), false, false, l.emphasised(), underHeading.owners(), List.of(),
                    List.of()));
            return;
        }
        if (isBareNumber(l.text()) || l.text().endsWith(":") && LABEL_ONLY.matcher(l.text()).matches()) {
            // A page number left by PDF extraction (item numbers never reach an item's body).
            return;
        }
        List<String> owners = LineClassifier.actionOwners(l.text());
        if (owners == null || !acceptOwners(owners, l.emphasised())) {
            ActionLine.Parsed written = ActionLine.parse(l.text());
            owners = written == null ? null : written.owners();
        }
        if (owners != null) {
            flush();
            out.add(new Block(l.text(), false, false, l.emphasised(), owners, List.of(), List.of()));
            return;
        }
        String t = l.text();
        List<String> column = null;
        int tab = t.lastIndexOf('\t');
        if (tab > 0 && !signatureLine(t, tab)) {
            String cell = t.substring(tab + 1).strip();
            column = LineClassifier.actionOwners(cell);
            column = column != null && acceptOwners(column, false) ? column : OwnerCell.parse(cell);
        }
        boolean slashed = t.indexOf('/') > 0 && Character.isUpperCase(t.charAt(t.length() - 1));
        Matcher trailing = column == null && slashed ? TRAILING_INITIALS.matcher(t) : null;
        if (trailing != null && trailing.find() && allResolve(trailing.group(1))) {
            column = LineClassifier.actionOwners(trailing.group(1));
            tab = trailing.start();
        }
        boolean dashed = column == null && Character.isUpperCase(t.charAt(t.length() - 1))
                && (t.indexOf(" \u2013 ") > 0 || t.indexOf(" - ") > 0);
        Matcher owed = dashed ? DASHED_INITIALS.matcher(t) : null;
        if (owed != null && owed.find() && allResolve(owed.group(1))) {
            // "Agreed – a tidy up group … to be arranged – AS & TD": whose it is, after a dash at the line's end.
            column = LineClassifier.actionOwners(owed.group(1));
            tab = owed.start();
        }
        if (column != null) {
            String head = t.substring(0, tab).strip();
            append(new Line(head, l.level(), l.bold(), l.bullet(), l.indented()));
            flush();
            out.add(new Block(t.substring(tab).strip(), false, false, false, column, List.of(), List.of()));
            return;
        }
        append(l);
    }

    private void append(Line l) {
        if (l.blank()) {
            return;
        }
        if (first != null && startsNewBlock(l)) {
            flush();
        }
        if (first == null) {
            first = l;
        } else {
            text.append(' ');
        }
        text.append(l.text().replace('\t', ' '));
        previous = l;
    }

    private boolean startsNewBlock(Line l) {
        String t = l.text();
        String p = previous.text();
        char last = p.charAt(p.length() - 1);
        boolean upper = Character.isUpperCase(t.charAt(0));
        boolean ended = ".!?:;".indexOf(last) >= 0 || p.endsWith(":-");
        if (!l.bullet() && !l.emphasised() && !previous.emphasised() && !ended && Character.isLowerCase(t.charAt(0))) {
            // A lower-case start after an unfinished line is the same sentence wrapped (PDF), whatever the indent.
            return false;
        }
        return l.bullet() || l.emphasised() || previous.emphasised()
                || LineClassifier.startsWithResolution(t) && !endsInLeadIn(p)
                || LIST_MARKER.matcher(t).lookingAt() || last == ':' || p.endsWith(":-")
                || ((last == '.' || last == '!' || last == '?') && upper)
                || l.indented() != previous.indented() || (l.indented() && upper) || t.indexOf('\t') >= 0
                || p.indexOf('\t') >= 0;
    }

    /**
     * "DATE: ............<TAB>CHAIRMAN:": the lines a signature goes on, a label over dots or a rule, or a cell that is
     * a label ending in a colon. Not a task with its owner.
     */
    private static boolean signatureLine(String t, int tab) {
        String cell = t.substring(tab + 1).strip();
        return cell.endsWith(":") || t.contains(".....") || t.contains("_____");
    }

    private static boolean isMotionLabel(String t) {
        return CarriedMotions.isLabelOrCarried(t);
    }

    /** "… It was" above "AGREED to invite …": the decision verb wrapped onto the line, not a paragraph of its own. */
    private static boolean endsInLeadIn(String p) {
        int w = p.lastIndexOf(' ') + 1;
        return LEAD_INS.contains(p.substring(w).toLowerCase(Locale.ROOT));
    }

    private void flush() {
        if (first != null) {
            // Split and lower-case once: four extractors read every paragraph sentence by sentence.
            String t = text.toString();
            List<String> sentences = Sentences.split(t);
            List<String> lower = new ArrayList<>(sentences.size());
            for (String s : sentences) {
                lower.add(s.toLowerCase(Locale.ROOT));
            }
            out.add(new Block(t, first.bullet(), first.indented(), first.emphasised(), null, sentences, lower));
        }
        text.setLength(0);
        first = null;
        previous = null;
    }

    private static boolean isBareNumber(String t) {
        if (t.length() > 3) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "ALL" and several initials are unmistakable; a lone "ASB" is only an action if it names one attendee. */
    private boolean acceptOwners(List<String> owners, boolean emphasised) {
        if (owners.contains("ALL") || emphasised || owners.size() >= 2) {
            return true;
        }
        return roster.byInitials(owners.get(0)) != null;
    }

    private boolean allResolve(String initials) {
        List<String> owners = LineClassifier.actionOwners(initials);
        if (owners == null) {
            return false;
        }
        for (String o : owners) {
            if (roster.byInitials(o) == null) {
                return false;
            }
        }
        return true;
    }
}
