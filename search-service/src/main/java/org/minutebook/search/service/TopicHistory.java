package org.minutebook.search.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.minutebook.search.domain.TopicKeys;
import org.minutebook.search.service.TopicRecords.Occurrence;
import org.minutebook.search.service.TopicRecords.Topic;
import org.minutebook.search.service.TopicRecords.TopicResolution;
import org.minutebook.search.service.TopicRecords.TopicSummary;
import org.minutebook.shared.problem.ProblemException;

/**
 * The same agenda topic across meetings. Items carry their title's topic key; a topic is a key together with every
 * key similar to it ({@link TopicKeys#similar}). Computed when asked rather than assigned when items arrive, so the
 * answer does not depend on the order events were consumed in, and a rebuild gives the same topics and ids.
 */
@ApplicationScoped
public class TopicHistory {

    private static final String KEY_STATS = """
            SELECT topic_key, count(*), min(meeting_date), max(meeting_date), max(modified_at)
            FROM published_item WHERE topic_key <> '' %s GROUP BY topic_key""";

    private final EntityManager em;

    public TopicHistory(EntityManager em) {
        this.em = em;
    }

    /**
     * Topics whose titles contain every word of {@code q} (a word may be the start of a title's word), most frequent
     * first; a key similar to a more frequent one already listed is part of that topic, not a topic of its own.
     */
    public Page<TopicSummary> list(String q, String committee, Instant modifiedSince, int page, int size) {
        List<KeyStats> stats = keyStats(committee);
        List<String> words = q == null || q.isBlank() ? List.of() : Arrays.asList(TopicKeys.key(q).split(" "));
        List<String> representatives = new ArrayList<>();
        stats.stream()
                .filter(s -> words.isEmpty() || words.stream().allMatch(w -> hasWordStartingWith(s.key(), w)))
                .sorted(Comparator.comparingLong(KeyStats::items).reversed().thenComparing(KeyStats::key))
                .forEach(s -> {
                    if (representatives.stream().noneMatch(r -> TopicKeys.similar(r, s.key()))) {
                        representatives.add(s.key());
                    }
                });
        List<String> listed = representatives.stream()
                .filter(key -> modifiedSince == null || summary(key, stats, null).modifiedAt().isAfter(modifiedSince))
                .toList();
        List<String> shown = listed.stream().skip((long) page * size).limit(size).toList();
        Map<String, String> titles = latestTitles(shown);
        return new Page<>(listed.size(), page, size,
                shown.stream().map(key -> summary(key, stats, titles.get(key))).toList(), List.of());
    }

    @SuppressWarnings("unchecked")
    public Topic topic(UUID id, int page, int size) {
        List<String> found = em.createNativeQuery("SELECT key FROM topic WHERE id = :id").setParameter("id", id)
                .getResultList();
        List<KeyStats> stats = keyStats(null);
        if (found.isEmpty() || stats.stream().noneMatch(s -> s.key().equals(found.get(0)))) {
            throw ProblemException.notFound("Topic", id);
        }
        String key = found.get(0);
        List<String> members = stats.stream().map(KeyStats::key).filter(k -> TopicKeys.similar(key, k)).toList();
        TopicSummary summary = summary(key, stats, latestTitles(List.of(key)).get(key));
        List<String> titles = em.createNativeQuery("""
                SELECT title FROM published_item WHERE topic_key IN (:members)
                GROUP BY title ORDER BY max(meeting_date) DESC, title""")
                .setParameter("members", members).getResultList();
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(id AS text), CAST(meeting_id AS text), committee, meeting_date, number, title, restricted
                FROM published_item WHERE topic_key IN (:members)
                ORDER BY meeting_date DESC, committee, meeting_id, position LIMIT :size OFFSET :offset""")
                .setParameter("members", members)
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        Map<UUID, List<TopicResolution>> resolutions = resolutionsOf(
                rows.stream().map(row -> UUID.fromString((String) row[0])).toList());
        List<Occurrence> occurrences = rows.stream().map(row -> {
            UUID itemId = UUID.fromString((String) row[0]);
            return new Occurrence(itemId, UUID.fromString((String) row[1]), (String) row[2],
                    DecisionRegister.toDate(row[3]), (String) row[4], (String) row[5], (Boolean) row[6],
                    resolutions.getOrDefault(itemId, List.of()));
        }).toList();
        return new Topic(summary, titles, new Page<>(summary.occurrences(), page, size, occurrences, List.of()));
    }

    private TopicSummary summary(String key, List<KeyStats> stats, String title) {
        List<KeyStats> members = stats.stream().filter(s -> TopicKeys.similar(key, s.key())).toList();
        return new TopicSummary(TopicKeys.id(key), title,
                members.stream().mapToLong(KeyStats::items).sum(),
                members.stream().map(KeyStats::first).min(Comparator.naturalOrder()).orElseThrow(),
                members.stream().map(KeyStats::last).max(Comparator.naturalOrder()).orElseThrow(),
                members.stream().map(KeyStats::modified).max(Comparator.naturalOrder()).orElseThrow());
    }

    private static boolean hasWordStartingWith(String key, String word) {
        return Arrays.stream(key.split(" ")).anyMatch(k -> k.startsWith(word));
    }

    @SuppressWarnings("unchecked")
    private List<KeyStats> keyStats(String committee) {
        Query query = em.createNativeQuery(KEY_STATS.formatted(committee == null ? "" : "AND committee = :committee"));
        if (committee != null) {
            query.setParameter("committee", committee);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new KeyStats((String) row[0], ((Number) row[1]).longValue(),
                DecisionRegister.toDate(row[2]), DecisionRegister.toDate(row[3]), instant(row[4]))).toList();
    }

    /** The title each key's newest item went by: what a clerk would call the topic today. */
    @SuppressWarnings("unchecked")
    private Map<String, String> latestTitles(List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT ON (topic_key) topic_key, title FROM published_item WHERE topic_key IN (:keys)
                ORDER BY topic_key, meeting_date DESC, position""")
                .setParameter("keys", keys).getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<TopicResolution>> resolutionsOf(List<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(r.item_id AS text), CAST(r.id AS text), r.outcome,
                    CASE WHEN i.restricted THEN NULL ELSE r.text END
                FROM published_resolution r JOIN published_item i ON i.id = r.item_id WHERE r.item_id IN (:items)
                ORDER BY r.item_id, r.position""")
                .setParameter("items", itemIds).getResultList();
        Map<UUID, List<TopicResolution>> byItem = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byItem.computeIfAbsent(UUID.fromString((String) row[0]), ignored -> new ArrayList<>())
                    .add(new TopicResolution(UUID.fromString((String) row[1]), (String) row[2], (String) row[3]));
        }
        return byItem;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private record KeyStats(String key, long items, LocalDate first, LocalDate last, Instant modified) {
    }
}
