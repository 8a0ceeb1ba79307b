package org.minutebook.search.service;

import java.util.concurrent.locks.ReentrantReadWriteLock;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps the consumers and a rebuild apart: consumers apply events under the shared side, a rebuild empties and refills
 * the read models under the exclusive side, so no consumer transaction is half-way through when the tables are
 * emptied. The rebuild's own replay runs on the thread holding the exclusive side, which may also take the shared.
 */
@ApplicationScoped
public class ReadModelGate {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * Applies a consumed event in a transaction of its own, on the shared side. The gate is taken before the
     * transaction starts, so a consumer waiting out a rebuild holds no transaction that could time out.
     */
    public void applyInTransaction(Runnable effect) {
        lock.readLock().lock();
        try {
            QuarkusTransaction.requiringNew().run(effect);
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
