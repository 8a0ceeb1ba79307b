package org.minutebook.search.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * One SSE connection. Live rows are held back while the rows it missed are replayed from the log, then released;
 * the id check makes a row that is both replayed and live go out once.
 */
public final class StreamSubscription {

    private final MultiEmitter<? super StreamEvent> emitter;
    private final Set<String> types;
    private final String committee;
    private final List<StreamEvent> held = new ArrayList<>();
    private long lastSent;
    private boolean live;

    public StreamSubscription(MultiEmitter<? super StreamEvent> emitter, Set<String> types, String committee,
            long lastSent) {
        this.emitter = emitter;
        this.types = types;
        this.committee = committee;
        this.lastSent = lastSent;
    }

    public synchronized void offer(StreamEvent event) {
        if (live) {
            send(event);
        } else {
            held.add(event);
        }
    }

    /** Replays everything after the last id sent, page by page, then goes live. */
    public void replay(Function<Long, List<StreamEvent>> after) {
        List<StreamEvent> page;
        do {
            synchronized (this) {
                page = after.apply(lastSent);
                page.forEach(this::send);
            }
        } while (!page.isEmpty() && !emitter.isCancelled());
        synchronized (this) {
            held.forEach(this::send);
            held.clear();
            live = true;
        }
    }

    private void send(StreamEvent event) {
        if (event.id() <= lastSent) {
            return;
        }
        lastSent = event.id();
        boolean wantedType = types.isEmpty() || types.contains(event.type())
                || types.contains(event.type().replaceFirst("^minutes\\.", ""));
        if (wantedType && (committee == null || committee.equals(event.committee()))) {
            emitter.emit(event);
        }
    }
}
