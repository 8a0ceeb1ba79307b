package org.minutebook.search.service;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Keeps the consumers and a rebuild apart, on this replica and across replicas. Here: consumers apply events under
 * the shared side of a lock, a rebuild empties and refills the read models under the exclusive side, so no consumer
 * transaction is half-way through when the tables are emptied; the rebuild's own replay runs on the thread holding the
 * exclusive side, which may also take the shared. Across replicas: the same two sides as a PostgreSQL advisory lock
 * ({@link #READ_MODELS}), which every consumer transaction takes shared (without waiting, {@link #admit}) and the
 * replica that rebuilds holds exclusively for the whole rebuild ({@link RebuildLock}). A consumer turned away rolls
 * back and waits outside any transaction, so none can time out while another replica rebuilds.
 */
@ApplicationScoped
public class ReadModelGate {

    /** The advisory lock key of the read models: "READMO". */
    static final long READ_MODELS = 0x5245_4144_4D4FL;

    private static final Logger LOG = Logger.getLogger(ReadModelGate.class);
    private static final Duration RETRY = Duration.ofMillis(500);

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final EntityManager em;
    private volatile boolean stopping;

    public ReadModelGate(EntityManager em) {
        this.em = em;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Runs a consumer's transaction on the shared side. The gate is taken before the transaction starts, so a consumer
     * waiting out a rebuild holds no transaction that could time out; one that another replica's rebuild turned away
     * is run again once that rebuild is over.
     */
    public void shared(Runnable transaction) {
        for (long waited = 0;; waited += RETRY.toMillis()) {
            lock.readLock().lock();
            try {
                transaction.run();
                return;
            } catch (RuntimeException e) {
                if (stopping || !(cause(e) instanceof RebuildElsewhere)) {
                    throw e;
                }
            } finally {
                lock.readLock().unlock();
            }
            if (waited % 10_000 == 0) {
                LOG.infof("Another replica is rebuilding the read models: applying waits (%d s so far)",
                        waited / 1000);
            }
            sleep();
        }
    }

    /**
     * In a consumer's transaction, before it commits: takes the read models' lock shared, or, if a rebuild holds it or
     * waits for it, refuses the transaction, which rolls back everything it wrote.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admit() {
        if (lock.isWriteLockedByCurrentThread()) {
            return; // the rebuild's own replay, under the lock its replica holds
        }
        Object admitted = em.createNativeQuery("SELECT pg_try_advisory_xact_lock_shared(:key)")
                .setParameter("key", READ_MODELS).getSingleResult();
        if (!Boolean.TRUE.equals(admitted)) {
            throw new RebuildElsewhere();
        }
    }

    void close() {
        lock.writeLock().lock();
    }

    void open() {
        lock.writeLock().unlock();
    }

    private static Throwable cause(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 16 && !(t instanceof RebuildElsewhere); depth++) {
            t = t.getCause();
        }
        return t;
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while another replica rebuilds", e);
        }
    }

    /** A consumer transaction turned away because a replica is rebuilding the read models. */
    static final class RebuildElsewhere extends RuntimeException {
        RebuildElsewhere() {
            super("A replica is rebuilding the read models", null, false, false);
        }
    }
}
