package org.minutebook.search.service;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the consumers and a rebuild apart: consumers apply events under the shared side, a rebuild empties and refills
 * the read models under the exclusive side, so no consumer transaction is half-way through when the tables are
 * emptied. The rebuild's own replay runs on the thread holding the exclusive side, which may also take the shared.
 */
@ApplicationScoped
public class ReadModelGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * Runs a consumer's transaction on the shared side. The gate is taken before the transaction starts, so a consumer
     * waiting out a rebuild holds no transaction that could time out.
     */
    public void shared(Runnable transaction) {
        lock.readLock().lock();
        try {
            transaction.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    void close() {
        lock.writeLock().lock();
    }

    void open() {
        lock.writeLock().unlock();
    }
}
