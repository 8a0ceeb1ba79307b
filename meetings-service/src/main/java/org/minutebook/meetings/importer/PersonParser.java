package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.record.PersonRecord;

/**
 * One entry of an attendance list, "Cllr Steve Nelson (Chair)", "Geoff Lee (Chairman - Tristar Homes)",
 * "Tony Roach - SBC", into a bare name with honorific, organisation and role kept apart.
 */
final class PersonParser {

    private static final Pattern HONORIFIC = Pattern
            .compile("(?i)^" + Vocabulary.abbreviations("person.honorifics") + "\\s+");
    private static final Set<String> TITLE_WORDS = Vocabulary.firstWords("person.honorifics");
    private static final Set<String> RANKS = Set.of("DCI", "DI", "DS", "DC", "PC", "PCSO", "ACC", "DCC", "CC");
    private static final Pattern RANK = Pattern.compile("^(?:DCI|DI|DS|DC|PC|PCSO|ACC|DCC|CC|T/\\w+)\\.?\\s+");
    private static final Pattern POST_NOMINALS = Pattern
            .compile("(?:[\\s,]+(?:O\\.?B\\.?E|M\\.?B\\.?E|C\\.?B\\.?E|J\\.?P|Q\\.?P\\.?M"
                    + "|D\\.?L|KC|QC|BEM|MP|MEP|MSP|MLA|TD|KPM|FRCP|PhD)\\.?)+$");
    /** A list's column of organisations set after the name: "Paul Downey GDS", "John Adams DfID". */
    private static final Pattern ACRONYM = Pattern.compile("(?=(?:\\p{Ll}*\\p{Lu}){2})\\p{Lu}\\p{Lu}{1,2}"
            + "|\\p{Lu}(?=\\p{L}*\\p{Ll})(?=\\p{L}*\\p{Lu}\\p{L}*\\p{Lu})\\p{L}{2,4}");
    private static final Set<String> TRAILING_ROLES = Set.of("chair", "chairman", "chairperson", "chairwoman");
    private static final Pattern POST_BEFORE_TITLE = Pattern.compile("^((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,4}?)"
            + "(?=\\p{Lu})(?=(?i:" + Vocabulary.abbreviations("person.honorifics") + ")\\s+\\p{Lu})");
    private static final Pattern ROLE = Pattern.compile(
            "(?i)^(in\\s+the\\s+chair|(?:vice|deputy)(?:[\\s-]*chair(?:man|person|woman)?)?|chair(?:man|person|woman)?)"
                    + "\\s*(?:[-\u2013\u2014,:]\\s*(.*))?$");
    private static final Set<String> NOT_NAMES = Set.of("none", "nil", "n/a", "na", "no apologies", "nobody",
            "no one", "tbc", "all", "apologies", "present", "officers", "vacant", "vacancy");
    private static final Pattern ORG_SPLIT = Pattern.compile("[\\s/&,]+");
    private static final Pattern INITIALS_IN_BRACKETS = Pattern.compile("(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{1,3}");
    private static final Pattern DASH = Pattern.compile("\\s+[-\u2013\u2014]\\s+");
    /** Words of layout and headings that wrap into a list ("Item Description Decision", "Public"). */
    private static final Set<String> NOT_NAME_WORDS = Set.of("item", "items", "description", "decision", "decisions",
            "minutes", "agenda", "attendance", "details", "note", "please", "page", "meeting", "apologies", "present",
            "officers", "none", "members", "declarations", "interest", "no", "action", "actions", "report", "date",
            "time", "place", "venue", "contact", "public", "the", "and", "of", "in");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "le", "la", "da", "di", "du",
            "del", "st", "bin", "al");
    private static final Set<String> ORG_WORDS = Set.of("council", "police", "service", "services", "partnership",
            "board", "team", "trust", "brigade", "homes", "housing", "health", "group", "authority", "probation", "nhs",
            "department", "office", "support", "watch", "ltd", "limited", "cic", "association", "centre", "center",
            "university", "college", "school", "borough", "fire", "rescue", "community", "safety", "commissioner",
            "constabulary", "hospital", "foundation", "agency", "committee", "forum", "network", "company", "charity",
            "society", "project", "unit", "directorate", "alliance", "panel", "prison", "federation", "commissioning",
            "public", "youth", "offending", "victim", "victims", "neighbourhood", "tees", "cleveland", "valley", "ccg",
            "chief", "constable", "manager", "director", "officer", "officers", "head", "assistant", "coordinator",
            "co-ordinator", "executive", "governor", "clerk", "secretary", "advisor", "adviser", "analyst", "deputy",
            "principal", "senior", "representative", "sector", "private", "care", "adult", "adults", "children",
            "safeguarding", "action", "programme", "strategy", "crime", "justice", "government", "national", "regional",
            "local", "area", "district", "county", "city", "town", "municipal", "administrator", "engineer",
            "planner", "solicitor", "accountant", "treasurer", "surveyor", "architect", "consultant", "lawyer",
            "meetings", "democratic", "governance", "finance", "planning", "legal", "corporate");

    private PersonParser() {
    }

    /** The person, or null when the text holds no name (an organisation, "None", a stray bracket). */
    static PersonRecord parse(String entry) {
        String s = entry.strip();
        String post = null;
        Matcher before = POST_BEFORE_TITLE.matcher(s);
        if (!mayStartWithTitle(s) && TitleWords.mayHold(s, 1) && before.lookingAt()) {
            // "Standing Invitee Dr Anusree Biswas Sasidharan": the post, then the titled name.
            post = before.group(1).strip();
            s = s.substring(before.end());
        }
        String honorific = null;
        for (int guard = 0; guard < 3 && mayStartWithTitle(s); guard++) {
            Matcher h = HONORIFIC.matcher(s);
            Matcher r = RANK.matcher(s);
            Matcher hit = h.lookingAt() ? h : r.lookingAt() ? r : null;
            if (hit == null) {
                break;
            }
            String found = s.substring(0, hit.end()).strip();
            honorific = honorific == null ? normaliseHonorific(found) : honorific;
            s = s.substring(hit.end()).strip();
        }
        List<String> brackets = new ArrayList<>(2);
        s = removeBrackets(s, brackets);
        String role = null;
        List<String> orgs = new ArrayList<>(2);
        for (String b : brackets) {
            Matcher rm = ROLE.matcher(b.strip());
            if (rm.matches()) {
                role = normaliseRole(rm.group(1));
                if (rm.group(2) != null && !rm.group(2).isBlank()) {
                    orgs.add(rm.group(2).strip());
                }
            } else if (!b.isBlank() && !ownInitials(b.strip(), s)
                    && Vocabulary.listOf(b, "attendance.reasons") == null) {
                // "Cllr Dodds (personal)": a reason for absence is not an organisation.
                orgs.add(b.strip());
            }
        }
        String[] dash = DASH.split(s, 2);
        if (dash.length == 2 && isNameLike(dash[0])) {
            Matcher rm = ROLE.matcher(dash[1].strip());
            if (rm.matches()) {
                role = normaliseRole(rm.group(1));
            } else {
                orgs.add(dash[1].strip());
            }
            s = dash[0];
        }
        s = s.strip();
        if (!s.isEmpty() && (Character.isUpperCase(s.charAt(s.length() - 1)) || s.endsWith("."))) {
            s = POST_NOMINALS.matcher(s).replaceFirst("");
        }
        s = trimPunctuation(s);
        String[] words = Text.words(s);
        if (words.length >= 3) {
            String last = words[words.length - 1];
            if (Character.isUpperCase(last.charAt(0)) && ACRONYM.matcher(last).matches()) {
                orgs.add(last);
                s = s.substring(0, s.length() - last.length()).strip();
            } else if (role == null && TRAILING_ROLES.contains(last.toLowerCase(Locale.ROOT))) {
                role = normaliseRole(last);
                s = s.substring(0, s.length() - last.length()).strip();
            }
        }
        if (NOT_NAMES.contains(s.toLowerCase(Locale.ROOT)) || !isNameLike(s)) {
            return null;
        }
        String org = orgs.isEmpty() ? null : clip(String.join(", ", orgs), 300);
        return new PersonRecord(clip(s, 200), honorific, org, role == null && post != null ? clip(post, 100) : role);
    }

    /** "Mark Wardle (MW)", "Andy Warburton (AWa)": the initials the minutes will use for the person. */
    private static boolean ownInitials(String bracket, String name) {
        return INITIALS_IN_BRACKETS.matcher(bracket).matches() && !name.isEmpty()
                && bracket.charAt(0) == Character.toUpperCase(name.charAt(0));
    }

    /** The text without its leading honorifics ("Cllr. O. Williams" -> "O. Williams"). */
    static String withoutHonorific(String text) {
        String s = text.strip();
        for (int guard = 0; guard < 3 && mayStartWithTitle(s); guard++) {
            Matcher h = HONORIFIC.matcher(s);
            if (!h.lookingAt()) {
                break;
            }
            s = s.substring(h.end()).strip();
        }
        return s;
    }

    /** The honorific regexes are costly; most entries start with a first name and skip them. */
    private static boolean mayStartWithTitle(String s) {
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        String first = s.substring(0, end);
        String word = first.replace(".", "").toLowerCase(Locale.ROOT);
        return TITLE_WORDS.contains(word) || RANKS.contains(first.replace(".", "")) || first.startsWith("T/");
    }

    /** A name: one to six capitalised words (particles allowed), no organisation words, not an acronym. */
    static boolean isNameLike(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 80) {
            return false;
        }
        String[] tokens = Text.words(s);
        if (tokens.length > 6) {
            return false;
        }
        int upperOnly = 0;
        for (String t : tokens) {
            String lower = t.toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(lower)) {
                continue;
            }
            char last = lower.charAt(lower.length() - 1);
            String bare = Character.isLetter(last) && Character.isLetter(lower.charAt(0))
                    ? lower
                    : trimPunctuation(lower);
            if (!isNameToken(t) || ORG_WORDS.contains(bare) || NOT_NAME_WORDS.contains(bare)) {
                return false;
            }
            if (t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)) && Character.isLetter(t.charAt(1))) {
                upperOnly++;
            }
        }
        return !(upperOnly == tokens.length && (tokens.length == 1 || s.length() <= 4 * tokens.length));
    }

    /** A capitalised word of letters, apostrophes, dots and hyphens ("McKie", "O'Neil", "Smith-Jones", "J."). */
    private static boolean isNameToken(String t) {
        if (!Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '\u2019' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Organisation or job title words: such a fragment describes the person before it. */
    static boolean isOrganisationLike(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (s.charAt(0) == '(' || (s.equals(s.toUpperCase(Locale.ROOT)) && s.length() <= 12)) {
            return true;
        }
        for (String t : ORG_SPLIT.split(s)) {
            if (ORG_WORDS.contains(trimPunctuation(t.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static String removeBrackets(String s, List<String> out) {
        if (s.indexOf('(') < 0 && s.indexOf('[') < 0) {
            return s;
        }
        StringBuilder kept = new StringBuilder(s.length());
        StringBuilder inner = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                if (depth++ > 0) {
                    inner.append(c);
                }
            } else if ((c == ')' || c == ']') && depth > 0) {
                if (--depth == 0) {
                    out.add(inner.toString());
                    inner.setLength(0);
                } else {
                    inner.append(c);
                }
            } else if (depth > 0) {
                inner.append(c);
            } else {
                kept.append(c);
            }
        }
        if (depth > 0 && inner.length() > 0) {
            out.add(inner.toString());
        }
        return Text.squeeze(kept.toString());
    }

    static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && ",.;:-\u2013*".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ",.;:-\u2013*\u2014".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b).strip();
    }

    private static String normaliseHonorific(String h) {
        String lower = h.toLowerCase(Locale.ROOT).replace(".", "");
        if (lower.startsWith("cll") || lower.startsWith("councill") || lower.startsWith("cynghor")
                || lower.startsWith("cyng") || lower.startsWith("y cyng")) {
            return "Cllr";
        }
        return clip(trimPunctuation(h), 40);
    }

    private static String normaliseRole(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (lower.startsWith("in the")) {
            return "In the Chair";
        }
        if (lower.startsWith("vice") || lower.startsWith("deputy")) {
            return "Vice Chair";
        }
        return "Chair";
    }

    static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).strip();
    }
}
