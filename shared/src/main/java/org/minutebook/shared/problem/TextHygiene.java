package org.minutebook.shared.problem;

/** What no text a caller sends may hold: NUL (PostgreSQL cannot store it) and unpaired UTF-16 surrogates. */
public final class TextHygiene {

    private TextHygiene() {
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
