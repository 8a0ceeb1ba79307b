package org.minutebook.search.service.oparl;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A committee has no id in the events, only its name: its organisation's id is derived from it, stable on rebuild. */
public final class OparlKeys {

    private OparlKeys() {
    }

    public static UUID organization(String committee) {
        return UUID.nameUUIDFromBytes(("committee:" + committee).getBytes(StandardCharsets.UTF_8));
    }

    /** A membership's key: its person and its committee. */
    public static String membership(UUID person, String committee) {
        return person + "|" + committee;
    }
}
