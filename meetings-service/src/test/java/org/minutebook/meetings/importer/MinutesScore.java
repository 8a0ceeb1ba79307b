package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.minutebook.meetings.record.ActionRecord;
import org.minutebook.meetings.record.AssigneeRecord;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.meetings.record.PersonRecord;

/**
 * The measures of {@code shared/tools/minutes-eval} (same normalisation, same F1 and fuzzy matching), computed on a
 * parsed record against a golden file, so that the build fails where the scorer would drop.
 */
final class MinutesScore {

    private static final Set<String> HONORIFICS = Set.of("cllr", "councillor", "dr", "mr", "mrs", "ms", "miss", "rev",
            "reverend", "cll");
    private static final Pattern NAME_TOKEN = Pattern.compile("[a-z][a-z'\\-]*");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern BRACKETS = Pattern.compile("\\(.*?\\)");

    private MinutesScore() {
    }

    static Map<String, Double> score(JsonNode golden, MeetingRecord got) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("date", golden.get("date").asText().equals(String.valueOf(got.date())) ? 1.0 : 0.0);
        Set<String> expAtt = new HashSet<>();
        Set<String> gotAtt = new HashSet<>();
        for (String k : List.of("present", "officers", "inAttendance", "apologies")) {
            golden.get("attendance").path(k).forEach(n -> expAtt.add(k + "|" + normName(n.asText())));
        }
        addAll(gotAtt, "present", got.attendance().present());
        addAll(gotAtt, "officers", got.attendance().officers());
        addAll(gotAtt, "inAttendance", got.attendance().inAttendance());
        addAll(gotAtt, "apologies", got.attendance().apologies());
        m.put("attendance", f1(expAtt, gotAtt));

        Map<String, JsonNode> gItems = new LinkedHashMap<>();
        golden.get("items").forEach(i -> gItems.put(normNum(i.get("number").asText()), i));
        Map<String, ItemRecord> pItems = new LinkedHashMap<>();
        got.items().forEach(i -> pItems.putIfAbsent(normNum(i.number()), i));
        m.put("items", f1(gItems.keySet(), pItems.keySet()));
        double titles = 0;
        for (String k : gItems.keySet()) {
            if (pItems.containsKey(k) && jaccard(gItems.get(k).get("title").asText(), pItems.get(k).title()) >= 0.7) {
                titles++;
            }
        }
        m.put("titles", gItems.isEmpty() ? 1.0 : titles / gItems.size());
        m.put("resolutions", resolutions(gItems, pItems));
        m.put("deferred",
                f1(keys(gItems, i -> i.path("deferred").asBoolean()), pkeys(pItems, i -> i.deferral() != null)));
        m.put("restricted",
                f1(keys(gItems, i -> i.path("restricted").asBoolean()), pkeys(pItems, ItemRecord::restricted)));
        actions(gItems, pItems, m);
        Set<String> expDecl = new HashSet<>();
        gItems.forEach((k, i) -> i.path("declarations").forEach(d -> expDecl.add(k + "|" + normName(d.asText()))));
        Set<String> gotDecl = new HashSet<>();
        pItems.forEach((k, i) -> i.declarations().forEach(d -> gotDecl.add(k + "|" + normName(d.name()))));
        m.put("declarations", f1(expDecl, gotDecl));
        return m;
    }

    /** Share of the golden impliedActions whose item holds at least one TEXT action. */
    static double impliedRecall(JsonNode golden, MeetingRecord got) {
        JsonNode implied = golden.path("impliedActions");
        if (implied.isEmpty()) {
            return 1.0;
        }
        Set<String> withText = new HashSet<>();
        for (ItemRecord i : got.items()) {
            if (i.actions().stream().anyMatch(a -> a.source() == ActionRecord.Source.TEXT)) {
                withText.add(normNum(i.number()));
            }
        }
        int found = 0;
        for (JsonNode ia : implied) {
            found += withText.contains(normNum(ia.get("item").asText())) ? 1 : 0;
        }
        return (double) found / implied.size();
    }

    static double overall(Map<String, Double> measures) {
        return measures.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static void actions(Map<String, JsonNode> gItems, Map<String, ItemRecord> pItems, Map<String, Double> m) {
        Set<String> expOwners = new HashSet<>();
        Set<String> expAssignees = new HashSet<>();
        gItems.forEach((k, i) -> i.path("actions").forEach(a -> {
            Set<String> owners = new TreeSet<>();
            a.path("owners").forEach(o -> owners.add(o.asText().replaceAll("\\s+", "").toUpperCase(Locale.ROOT)));
            expOwners.add(k + "|" + owners);
            a.path("assignees").forEach(n -> expAssignees.add(k + "|" + normName(n.asText())));
        }));
        Set<String> gotOwners = new HashSet<>();
        Set<String> gotAssignees = new HashSet<>();
        pItems.forEach((k, i) -> i.actions().stream().filter(a -> a.source() != ActionRecord.Source.TEXT).forEach(a -> {
            Set<String> owners = new TreeSet<>();
            a.owners().forEach(o -> owners.add(o.replaceAll("\\s+", "").toUpperCase(Locale.ROOT)));
            gotOwners.add(k + "|" + owners);
            for (AssigneeRecord as : a.assignees()) {
                gotAssignees.add(k + "|" + normName(as.name()));
            }
        }));
        m.put("actions", f1(expOwners, gotOwners));
        m.put("assignees", f1(expAssignees, gotAssignees));
    }

    private static double resolutions(Map<String, JsonNode> gItems, Map<String, ItemRecord> pItems) {
        int expected = 0;
        int predicted = 0;
        int tp = 0;
        Set<String> keys = new HashSet<>(gItems.keySet());
        keys.addAll(pItems.keySet());
        for (String k : keys) {
            List<String> e = new ArrayList<>();
            if (gItems.containsKey(k)) {
                gItems.get(k).path("resolutions").forEach(r -> e.add(r.asText()));
            }
            List<String> g = new ArrayList<>();
            if (pItems.containsKey(k)) {
                pItems.get(k).resolutions().forEach(r -> g.add(r.text()));
            }
            expected += e.size();
            predicted += g.size();
            tp += fuzzyMatches(e, g);
        }
        return expected + predicted == 0 ? 1.0 : 2.0 * tp / (expected + predicted);
    }

    private static int fuzzyMatches(List<String> expected, List<String> got) {
        Set<Integer> used = new HashSet<>();
        int tp = 0;
        for (String g : got) {
            double best = 0;
            int bi = -1;
            for (int i = 0; i < expected.size(); i++) {
                double j = used.contains(i) ? -1 : jaccard(expected.get(i), g);
                if (j > best) {
                    best = j;
                    bi = i;
                }
            }
            if (bi >= 0 && best >= 0.5) {
                used.add(bi);
                tp++;
            }
        }
        return tp;
    }

    private static void addAll(Set<String> out, String kind, List<PersonRecord> people) {
        people.forEach(p -> out.add(kind + "|" + normName(p.name())));
    }

    private static Set<String> keys(Map<String, JsonNode> items, java.util.function.Predicate<JsonNode> p) {
        Set<String> out = new HashSet<>();
        items.forEach((k, v) -> {
            if (p.test(v)) {
                out.add(k);
            }
        });
        return out;
    }

    private static Set<String> pkeys(Map<String, ItemRecord> items, java.util.function.Predicate<ItemRecord> p) {
        Set<String> out = new HashSet<>();
        items.forEach((k, v) -> {
            if (p.test(v)) {
                out.add(k);
            }
        });
        return out;
    }

    static String normName(String n) {
        Matcher m = NAME_TOKEN.matcher(BRACKETS.matcher(n == null ? "" : n).replaceAll(" ").toLowerCase(Locale.ROOT));
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            if (!HONORIFICS.contains(m.group())) {
                tokens.add(m.group());
            }
        }
        return String.join(" ", tokens);
    }

    static String normNum(String n) {
        String s = (n == null ? "" : n).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    static double jaccard(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() && tb.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        ta.retainAll(tb);
        return (double) ta.size() / Math.max(1, union.size());
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher((s == null ? "" : s).toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static double f1(Set<String> expected, Set<String> got) {
        if (expected.isEmpty() && got.isEmpty()) {
            return 1.0;
        }
        Set<String> tp = new HashSet<>(expected);
        tp.retainAll(got);
        if (tp.isEmpty()) {
            return 0.0;
        }
        double p = (double) tp.size() / got.size();
        double r = (double) tp.size() / expected.size();
        return 2 * p * r / (p + r);
    }

    static Map<String, Double> copy(Map<String, Double> m) {
        return new HashMap<>(m);
    }
}
