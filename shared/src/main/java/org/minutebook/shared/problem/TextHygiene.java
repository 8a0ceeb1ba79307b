package org.minutebook.shared.problem;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** What no text a caller sends may hold: NUL (PostgreSQL cannot store it) and unpaired UTF-16 surrogates. */
public final class TextHygiene {

    private TextHygiene() {
    }

    /**
     * The bytes as text when they are strictly valid UTF-8 (no malformed byte, overlong form or encoded surrogate),
     * else null.
     */
    public static String utf8(byte[] bytes, int offset, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Why the text is refused, or null when it is fine. */
    public static String fault(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\0') {
                return "may not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "may not contain an unpaired surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "may not contain an unpaired surrogate";
            }
        }
        return null;
    }
}
