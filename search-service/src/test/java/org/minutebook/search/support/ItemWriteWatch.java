package org.minutebook.search.support;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A fault for the dead-letter test to put in and take out: a trigger on the item table that refuses the writes of a
 * watched item while it is "broken" (standing in for a bug a deploy fixes) and, once fixed, counts them, so that the
 * test sees how many times the event was applied; or counts them from the start ({@link #count}), to see how often a
 * batch wrote an item's row (and so computed its search vector). Items not watched pass untouched.
 */
@ApplicationScoped
@Transactional
public class ItemWriteWatch {

    private final EntityManager em;

    public ItemWriteWatch(EntityManager em) {
        this.em = em;
    }

    public void refuse(UUID itemId) {
        install();
        em.createNativeQuery("INSERT INTO test_item_watch (item_id, refuse) VALUES (:id, true)")
                .setParameter("id", itemId).executeUpdate();
    }

    /** Counts the item's writes from now on, refusing none. */
    public void count(UUID itemId) {
        install();
        em.createNativeQuery("INSERT INTO test_item_watch (item_id, refuse) VALUES (:id, false)")
                .setParameter("id", itemId).executeUpdate();
    }

    private void install() {
        em.createNativeQuery("""
                CREATE TABLE IF NOT EXISTS test_item_watch (item_id uuid PRIMARY KEY, refuse boolean NOT NULL,
                    writes integer NOT NULL DEFAULT 0)""").executeUpdate();
        em.createNativeQuery("""
                CREATE OR REPLACE FUNCTION test_item_watch() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE refusing boolean;
                BEGIN
                    SELECT refuse INTO refusing FROM test_item_watch WHERE item_id = NEW.id;
                    IF refusing THEN
                        RAISE EXCEPTION 'item % refused while the test holds it broken', NEW.id;
                    ELSIF FOUND THEN
                        UPDATE test_item_watch SET writes = writes + 1 WHERE item_id = NEW.id;
                    END IF;
                    RETURN NEW;
                END $$""").executeUpdate();
        em.createNativeQuery("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'test_item_watch') THEN
                        CREATE TRIGGER test_item_watch BEFORE INSERT OR UPDATE ON item
                            FOR EACH ROW EXECUTE FUNCTION test_item_watch();
                    END IF;
                END $$""").executeUpdate();
    }

    public void fix(UUID itemId) {
        em.createNativeQuery("UPDATE test_item_watch SET refuse = false WHERE item_id = :id")
                .setParameter("id", itemId).executeUpdate();
    }

    public int writes(UUID itemId) {
        return ((Number) em.createNativeQuery("SELECT writes FROM test_item_watch WHERE item_id = :id")
                .setParameter("id", itemId).getSingleResult()).intValue();
    }
}
