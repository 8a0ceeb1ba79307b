package org.minutebook.actions.service;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What makes two mentions the same person: the same name and organisation, whatever the case, spacing, full stops or
 * honorifics ("Cllr Steve Nelson" in 2011 is "steve  nelson" in 2016). The id is derived from the key, so it is the same
 * in every database that ever saw that person.
 */
public final class PersonKeys {

    private static final Set<String> HONORIFICS = Set.of("cllr", "councillor", "dr", "mr", "mrs", "ms", "miss", "prof",
            "professor", "sir", "dame", "rev", "revd", "supt", "insp", "ch", "det", "sgt", "pc", "acc", "dcc");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    public record Key(String name, String organisation) {
    }

    private PersonKeys() {
    }

    public static Key of(String name, String organisation) {
        return new Key(nameKey(name), organisationKey(organisation));
    }

    public static UUID id(Key key) {
        return UUID.nameUUIDFromBytes(("person:" + key.name() + "|" + key.organisation())
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Lower case, accents and punctuation gone, honorifics dropped wherever they stand before the name. */
    public static String nameKey(String name) {
        String[] words = words(name);
        int first = 0;
        while (first < words.length - 1 && HONORIFICS.contains(words[first])) {
            first++;
        }
        return String.join(" ", Arrays.copyOfRange(words, first, words.length));
    }

    public static String organisationKey(String organisation) {
        return organisation == null ? "" : String.join(" ", words(organisation));
    }

    private static String[] words(String text) {
        if (text == null) {
            return new String[0];
        }
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NOT_WORD.split(plain.toLowerCase(Locale.ROOT).replace(".", "")))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.toList())
                .toArray(new String[0]);
    }
}
