package org.minutebook.shared.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A deterministic synthetic archive shaped like the real minutes: a few committees meeting monthly, 20–30 attendees
 * drawn from a pool (with honorifics, organisations and a chair), 15–25 numbered items with discussion text,
 * AGREED/NOTED resolutions, action-column entries by initials, about one deferral and one restricted item in twenty.
 * Meeting {@code n} is the same on every run and machine. Words come in three bands, so that searches can be timed
 * for rare, medium and frequent terms: {@link #FREQUENT} appear in most items, {@link #MEDIUM} in about one in fifty,
 * and each {@code rare<k>} word in a handful of items across the whole archive.
 */
public final class SyntheticMinutes {

    public static final List<String> FREQUENT = List.of("report", "update", "partnership", "community", "safety");
    public static final List<String> MEDIUM = List.of("raptor", "arson", "truancy", "graffiti", "licensing",
            "cctv", "shoplifting", "hate", "cyber", "fly-tipping");

    private static final String[] COMMITTEES = {"Safer Stockton Partnership", "Health and Wellbeing Board",
            "Children and Young People Partnership", "Housing Select Committee", "Licensing Committee",
            "Economic Regeneration Board", "Adult Social Care Panel", "Environment Scrutiny Committee"};
    private static final String[] AREAS = {"Stockton", "Billingham", "Thornaby", "Yarm", "Norton", "Ingleby",
            "Eaglescliffe", "Hartburn"};
    private static final int COMMITTEE_COUNT = COMMITTEES.length * AREAS.length;
    private static final String[] FIRST = {"Steve", "Claire", "Kirsty", "Gayle", "John", "Jane", "Ann", "David",
            "Sarah", "Michael", "Helen", "Peter", "Susan", "Mark", "Julie", "Paul", "Karen", "Ian", "Lisa", "Chris"};
    private static final String[] LAST = {"Nelson", "Sills", "Wannop", "Nertney", "Lyons", "Johnson", "Hume",
            "Dunwell", "Willingham", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Walker", "Wright", "Green",
            "Hall", "Wood", "Clarke", "Turner", "Hill"};
    private static final String[] ORGANISATIONS = {"SBC", "Cleveland Police", "Cleveland Fire Brigade",
            "Public Health", "Probation Service", "Thirteen Group", "Catalyst", "NHS Trust", "Youth Offending Service"};
    private static final String[] HONORIFICS = {"Cllr", "Cllr", "Cllr", "Mr", "Mrs", "Ms", "Dr", "Supt", "Insp"};
    private static final String[] TOPICS = {"Anti-social behaviour", "Recorded crime and disorder",
            "Domestic abuse", "Town centre update", "Prevent and community engagement", "Youth offending",
            "Substance misuse", "Road safety", "Fire safety", "Community cohesion", "Budget monitoring",
            "Performance report", "Housing enforcement", "Licensing review", "Hate crime"};
    private static final String[] FILLER = {"the", "members", "considered", "noted", "that", "with", "partners",
            "figures", "quarter", "previous", "meeting", "across", "borough", "were", "discussed", "would",
            "continue", "work", "support", "local", "residents", "concerns", "raised", "about", "progress",
            "plan", "officers", "agreed", "further", "information", "provided", "next", "period", "increase",
            "reduction", "ward", "team", "service", "funding", "review"};
    private static final int RARE_WORDS = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long seed;

    public SyntheticMinutes(long seed) {
        this.seed = seed;
    }

    /** Meeting {@code n} (0-based) as the JSON a clerk would post to {@code /api/meetings}. */
    public ObjectNode meeting(int n) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + n);
        ObjectNode meeting = JSON.createObjectNode().put("committee", committeeOf(n)).put("date", dateOf(n).toString())
                .put("startTime", "09:30").put("location", "Town Hall");
        List<String[]> people = attendees(random);
        ObjectNode attendance = meeting.putObject("attendance");
        ArrayNode present = attendance.putArray("present");
        ArrayNode officers = attendance.putArray("officers");
        attendance.putArray("inAttendance");
        ArrayNode apologies = attendance.putArray("apologies");
        for (int i = 0; i < people.size(); i++) {
            String[] p = people.get(i);
            ObjectNode person = (i < people.size() - 3 ? (i % 4 == 3 ? officers : present) : apologies).addObject()
                    .put("name", p[0]).put("organisation", p[1]);
            if (i == 0) {
                person.put("honorific", "Cllr").put("role", "Chair");
            } else if (i % 4 != 3) {
                person.put("honorific", p[2]);
            }
        }
        ArrayNode items = meeting.putArray("items");
        int itemCount = 15 + random.nextInt(11);
        for (int i = 1; i <= itemCount; i++) {
            items.add(item(random, n, i, people));
        }
        return meeting;
    }

    public static String committeeOf(int n) {
        return committeeName(n % COMMITTEE_COUNT);
    }

    /** Each committee meets monthly from January 2000, on a day of its own: never twice on one date. */
    public static LocalDate dateOf(int n) {
        return LocalDate.of(2000, 1, 1).plusMonths(n / COMMITTEE_COUNT).plusDays(n % COMMITTEE_COUNT % 28);
    }

    private static List<String[]> attendees(SplittableRandom random) {
        int count = 20 + random.nextInt(11);
        List<String[]> people = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (people.size() < count) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            if (!names.contains(name)) {
                names.add(name);
                people.add(new String[]{name, ORGANISATIONS[random.nextInt(ORGANISATIONS.length)],
                        HONORIFICS[random.nextInt(HONORIFICS.length)]});
            }
        }
        return people;
    }

    private ObjectNode item(SplittableRandom random, int meeting, int number, List<String[]> people) {
        ObjectNode item = JSON.createObjectNode().put("number", Integer.toString(number))
                .put("title", number == 1 ? "Introductions and apologies" : TOPICS[random.nextInt(TOPICS.length)])
                .put("restricted", random.nextInt(20) == 0).put("text", text(random, meeting));
        ArrayNode resolutions = item.putArray("resolutions");
        int resolutionCount = random.nextInt(3);
        for (int r = 0; r < resolutionCount; r++) {
            boolean agreed = random.nextBoolean();
            resolutions.addObject().put("text", agreed ? "the recommendations be agreed" : "the report be noted")
                    .put("outcome", agreed ? "AGREED" : "NOTED");
        }
        item.putArray("declarations");
        ArrayNode actions = item.putArray("actions");
        if (random.nextInt(3) == 0) {
            String[] a = people.get(random.nextInt(people.size()));
            String[] b = people.get(random.nextInt(people.size()));
            ArrayNode owners = actions.addObject()
                    .put("description", "Circulate the " + TOPICS[random.nextInt(TOPICS.length)].toLowerCase()
                            + " figures to partners before the next meeting.")
                    .putNull("dueDate").put("source", "ACTION_COLUMN").putArray("owners");
            owners.add(initials(a[0]));
            if (a != b) {
                owners.add(initials(b[0]));
            }
        }
        if (random.nextInt(20) == 0) {
            item.putObject("deferral").put("until", "NEXT_MEETING").putNull("date")
                    .put("note", "This item was deferred to the next meeting.");
        } else {
            item.putNull("deferral");
        }
        return item;
    }

    /** 40–120 words: filler, a frequent word in most items, a medium one in some, and now and then a rare one. */
    private static String text(SplittableRandom random, int meeting) {
        int words = 40 + random.nextInt(81);
        StringBuilder text = new StringBuilder("Members received a");
        for (int w = 0; w < words; w++) {
            text.append(' ');
            int band = random.nextInt(1000);
            if (band < 60) {
                text.append(FREQUENT.get(random.nextInt(FREQUENT.size())));
            } else if (band < 61) {
                text.append(MEDIUM.get(random.nextInt(MEDIUM.size())));
            } else if (band < 62) {
                text.append("rare").append(Math.floorMod(meeting * 31 + random.nextInt(97), RARE_WORDS));
            } else {
                text.append(FILLER[random.nextInt(FILLER.length)]);
            }
        }
        return text.append('.').toString();
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.split(" ")) {
            initials.append(part.charAt(0));
        }
        return initials.toString();
    }

    /** Someone from the attendee pool, for queries by assignee. */
    public static String person(SplittableRandom random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    /** One of the archive's committees, for queries by committee. */
    public static String committee(SplittableRandom random) {
        return committeeName(random.nextInt(COMMITTEE_COUNT));
    }

    private static String committeeName(int c) {
        return COMMITTEES[c % COMMITTEES.length] + " (" + AREAS[c / COMMITTEES.length] + ")";
    }

    /** Rare word {@code k}: each is in a handful of items across a large archive. */
    public static String rare(int k) {
        return "rare" + Math.floorMod(k, RARE_WORDS);
    }
}
