package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.BlockBuilder.Block;
import org.minutebook.meetings.record.ResolutionRecord;
import org.minutebook.meetings.record.ResolutionRecord.Outcome;

/**
 * Formal decisions: a sentence that begins with, or whose main verb is, AGREED/RESOLVED ("AGREED that …", "Members
 * agreed to note …"), each entry of a list under "AGREED that:-", the approval of the previous minutes ("The
 * minutes were agreed as a true record"), and a motion minuted as carried ({@link CarriedMotions}).
 */
final class ResolutionExtractor {

    // "Proposed by Cllr. W. Smith, seconded by Cllr. K. Jones and unanimously RESOLVED that …": up to 16 words,
    // hyphenated ones among them ("The Sub-Committee agreed …").
    private static final Pattern LEAD = Pattern.compile("(?is)((?:[\\p{L}'\u2019]+(?:-\\p{L}+)*[.,]?\\s+){0,16}?)("
            + Vocabulary.alternation("decision.verbs") + ")\\b(\\s*[:\\-\u2013\u2014]*\\s*(?:that\\b)?)(.*)");
    /** {@link #LEAD} with no words before the verb, group for group: a paragraph opening with its decision. */
    private static final Pattern LEAD_AT_START = Pattern.compile("(?is)()(" + Vocabulary.alternation("decision.verbs")
            + ")\\b(\\s*[:\\-\u2013\u2014]*\\s*(?:that\\b)?)(.*)");
    /** A sentence without one of these words holds no decision verb, and {@link #LEAD} is not tried on it. */
    private static final Set<String> VERB_WORDS = Vocabulary.firstWords("decision.verbs");
    private static final Pattern PROPOSAL = Pattern
            .compile("(?i)\\b" + Vocabulary.alternation("decision.proposal") + "\\b");
    private static final List<String> DECISION_VERBS = Vocabulary.phrases("decision.verbs");
    private static final Set<String> NOT_A_DECISION = Set.of("not", "previously", "already", "had", "has", "have",
            "been", "be", "would", "will", "could", "should", "if", "whether", "as", "once", "when", "until", "never",
            "originally", "being", "to", "however", "but", "yet", "unless", "what", "which", "who", "that");
    private static final Pattern ENTRY_MARKER = Pattern
            .compile("^(?:\\(?\\d{1,2}[.)]|\\(?[a-z][.)]|\\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])\\s*");
    private static final Pattern INLINE_ENTRY = Pattern
            .compile("(?:^|[;:,]?\\s+)\\(?(?:\\d{1,2}|[a-z]|[ivx]{1,4})\\)\\s+");
    /** "The note of the previous meeting was agreed", "This was agreed": the decision is the whole sentence. */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|been|is|are)\\s+(?:duly\\s+)?$");
    /** "It was AGREED to invite …": no subject to keep, the decision is what follows the verb. */
    private static final Pattern IMPERSONAL = Pattern.compile("(?i)(?:^|\\s)it\\s+(?:was|is|has\\s+been)\\s+"
            + "(?:\\p{L}+\\s+)?$");
    private static final Pattern AGENT = Pattern.compile("(?i)^by\\s+(?:[\\p{L}'\u2019-]+\\s+){0,5}?that\\s+");
    private static final Pattern NOTING = Pattern.compile("\\b(?:noted|note|received)\\b");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:[\\s:\\-\u2013\u2014]+|that(?:\\s+|,\\s*)|"
            + Vocabulary.alternation("decision.manner") + "\\b,?)+");

    private ResolutionExtractor() {
    }

    /**
     * As {@link #extract(List)}; under a title about the previous minutes, a bare "Approved & signed as correct." is
     * their approval too.
     */
    static List<ResolutionRecord> extract(List<Block> blocks, String title) {
        List<ResolutionRecord> found = extract(blocks);
        if (!found.isEmpty() || !MinutesApprovals.namesMinutes(title)) {
            return found;
        }
        for (Block b : blocks) {
            if (!b.action() && !b.sentences().isEmpty()
                    && MinutesApprovals.isApprovalUnderMinutesTitle(b.sentences().get(0))) {
                Map<String, ResolutionRecord> out = new LinkedHashMap<>();
                add(out, b.sentences().get(0));
                return new ArrayList<>(out.values());
            }
        }
        return found;
    }

    static List<ResolutionRecord> extract(List<Block> blocks) {
        Map<String, ResolutionRecord> out = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.action()) {
                continue;
            }
            int consumed = fromBlock(blocks, i, out);
            i += consumed;
        }
        for (String motion : CarriedMotions.find(blocks)) {
            // A paragraph taken whole as a minutes approval may hold the motion after its mover: keep the motion.
            String c = clean(motion);
            out.keySet().removeIf(k -> k.length() > c.length() && k.endsWith(c));
            add(out, motion);
        }
        return new ArrayList<>(out.values());
    }

    /** Adds the block's resolutions; returns how many following blocks were taken as list entries. */
    private static int fromBlock(List<Block> blocks, int i, Map<String, ResolutionRecord> out) {
        String text = blocks.get(i).text();
        if (!mayDecide(blocks.get(i).lowerSentences())) {
            return 0;
        }
        Matcher whole = LEAD_AT_START.matcher(text);
        if (whole.matches() && isUpper(whole.group(2))) {
            // "AGREED that …" opening a paragraph: the whole paragraph is the decision, however many sentences.
            return decision(text, whole, blocks, i, out);
        }
        List<String> sentences = blocks.get(i).sentences();
        for (int k = 0; k < sentences.size(); k++) {
            String sentence = sentences.get(k);
            String lower = blocks.get(i).lowerSentences().get(k);
            boolean verb = holdsVerb(lower);
            Matcher m = LEAD.matcher(sentence);
            boolean lead = verb && m.matches();
            if (lead && isDecision(m.group(1))) {
                int taken = decision(sentence, m, blocks, i, out);
                if (taken > 0) {
                    return taken;
                }
            } else if (MinutesApprovals.isApproval(lower)) {
                add(out, sentence);
            } else if (verb) {
                String late = ClauseDecisions.find(sentence, lower);
                if (late != null) {
                    add(out, late);
                }
            }
        }
        return 0;
    }

    private static int decision(String sentence, Matcher m, List<Block> blocks, int i,
            Map<String, ResolutionRecord> out) {
        String rest = m.group(4).strip();
        String cleaned = clean(rest);
        if (cleaned.isEmpty() || rest.endsWith(":") || rest.endsWith(":-")) {
            if (!cleaned.isEmpty()) {
                add(out, cleaned);
            } else if (PASSIVE.matcher(m.group(1)).find()) {
                add(out, sentence);
            }
            return listEntries(blocks, i, out);
        }
        List<String> inline = rest.indexOf(')') >= 0 ? inlineEntries(rest) : List.of();
        if (inline.size() >= 2) {
            inline.forEach(e -> add(out, e));
            return 0;
        }
        boolean subjectFirst = !m.group(1).isEmpty() && !m.group(3).toLowerCase(Locale.ROOT).contains("that")
                && !PROPOSAL.matcher(m.group(1)).find() && !IMPERSONAL.matcher(m.group(1)).find();
        if (IMPERSONAL.matcher(m.group(1)).find()) {
            // "It was agreed by the Board that in principle …": the agent goes with the verb.
            rest = AGENT.matcher(rest).replaceFirst("");
        }
        add(out, subjectFirst ? sentence : rest);
        return 0;
    }

    private static int listEntries(List<Block> blocks, int i, Map<String, ResolutionRecord> out) {
        int taken = 0;
        String intro = blocks.get(i).text().strip();
        // After "AGREED that:-" the next paragraph is an entry even unmarked; after a bare "AGREED" only a list is.
        boolean previousOpen = intro.endsWith(":") || intro.endsWith(":-");
        for (int j = i + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            // "RESOLVED:" then paragraphs that each open "That …" are its entries however they are set out.
            boolean marked = b.bullet() || b.indented() || ENTRY_MARKER.matcher(b.text()).lookingAt()
                    || (taken > 0 || previousOpen) && (b.text().startsWith("That ") || b.text().startsWith("That,"));
            if (b.action() || LineClassifier.startsWithResolution(b.text()) || !(marked || previousOpen)) {
                break;
            }
            String entry = ENTRY_MARKER.matcher(b.text()).replaceFirst("");
            add(out, entry);
            String t = b.text().strip();
            previousOpen = t.endsWith(";") || t.endsWith("and") || t.endsWith(",");
            taken++;
        }
        return taken;
    }

    private static List<String> inlineEntries(String rest) {
        List<String> parts = new ArrayList<>();
        Matcher m = INLINE_ENTRY.matcher(rest);
        int last = -1;
        while (m.find()) {
            if (last >= 0) {
                parts.add(rest.substring(last, m.start()));
            } else if (!clean(rest.substring(0, m.start())).isEmpty()) {
                return List.of();
            }
            last = m.end();
        }
        if (last >= 0) {
            parts.add(rest.substring(last));
        }
        return parts;
    }

    private static boolean isDecision(String prefix) {
        if (prefix.isEmpty()) {
            return true;
        }
        if (isUndertaking(prefix)) {
            return false;
        }
        for (String w : Text.words(prefix)) {
            if (NOT_A_DECISION.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return Character.isUpperCase(prefix.charAt(0));
    }

    /**
     * "Mr. Walsh agreed to examine …", "The Clerk agreed to write …": one person or officer undertaking something is
     * an action (the implied-action stage finds it), not a decision of the meeting.
     */
    static boolean isUndertaking(String prefix) {
        String p = PersonParser.trimPunctuation(prefix);
        String bare = p.regionMatches(true, 0, "the ", 0, 4) ? p.substring(4) : p;
        if (Vocabulary.listOf(bare, "action.posts") != null) {
            return !bare.equalsIgnoreCase("all");
        }
        String name = PersonParser.withoutHonorific(p);
        return !name.equals(p) && Text.words(name).length <= 3 && PersonParser.isNameLike(name.replace(".", ""))
                || Names.isInitials(p);
    }

    private static boolean mayDecide(List<String> lowerSentences) {
        for (String s : lowerSentences) {
            if (s.contains("minutes")) {
                return true;
            }
            for (String verb : DECISION_VERBS) {
                if (s.contains(verb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holdsVerb(String lower) {
        for (String w : VERB_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static void add(Map<String, ResolutionRecord> out, String raw) {
        String text = clean(raw);
        if (!text.isEmpty() && out.size() < 100) {
            out.putIfAbsent(text, new ResolutionRecord(PersonParser.clip(text, 20_000), outcome(text)));
        }
    }

    /** Without "that", leading dashes, trailing punctuation or a dangling "; and" (a loop: regexes would backtrack). */
    static String clean(String raw) {
        String s = LEADING.matcher(Text.squeeze(raw)).replaceFirst("");
        boolean changed = true;
        while (changed) {
            int b = s.length();
            while (b > 0 && " .;,:".indexOf(s.charAt(b - 1)) >= 0) {
                b--;
            }
            changed = b < s.length();
            s = s.substring(0, b);
            if (s.endsWith(" and")) {
                s = s.substring(0, s.length() - 4);
                changed = true;
            }
        }
        return s.strip();
    }

    static Outcome outcome(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("defer")) {
            return Outcome.DEFERRED;
        }
        if (t.contains("approv") || (t.contains("record") && MinutesApprovals.APPROVAL_WORDS.matcher(t).find())
                || t.contains("ratif")
                || t.contains("adopt") || t.contains("endorse") || t.contains("confirmed")) {
            return Outcome.APPROVED;
        }
        if ((t.contains("not") || t.contains("receiv")) && NOTING.matcher(t).find()) {
            return Outcome.NOTED;
        }
        return Outcome.AGREED;
    }
}
