package org.minutebook.shared.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * Free local ports, never the same one twice in a process. The system may hand a port that was just probed and
 * closed to the next probe, so two probes in a row can agree (a broker then gets its client and controller listeners
 * on one port and refuses to start); remembering what was handed out rules that out.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    public static synchronized int next() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = probe();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No fresh free port after 100 probes");
    }

    /** Marks a port chosen by configuration as taken, so that {@link #next()} never hands it out as well. */
    public static synchronized int reserve(int port) {
        HANDED_OUT.add(port);
        return port;
    }

    private static int probe() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
