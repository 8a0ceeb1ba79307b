package org.minutebook.search.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who counts as the same person across meetings: the name in lower case, without honorifics, single-spaced. The id is
 * derived from that key, so replaying the topics gives everyone the same id again.
 */
public final class PersonKeys {

    private static final Pattern HONORIFIC = Pattern.compile(
            "^(?:(?:cllr|councillor|dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame|rev|revd|lord|lady|insp|"
                    + "inspector|supt|superintendent|ch|chief|sgt|pc)\\.?\\s+)+");

    private PersonKeys() {
    }

    public static String key(String name) {
        String collapsed = name.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        String bare = HONORIFIC.matcher(collapsed).replaceFirst("");
        return bare.isEmpty() ? collapsed : bare;
    }

    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("person:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
