package org.minutebook.meetings.record;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ReadableNameValidator implements ConstraintValidator<ReadableName, String> {

    private static final Set<UnicodeScript> NEUTRAL = EnumSet.of(UnicodeScript.COMMON, UnicodeScript.INHERITED,
            UnicodeScript.UNKNOWN);

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String fault = fault(value);
        if (fault == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(fault).addConstraintViolation();
        return false;
    }

    static String fault(String value) {
        boolean letters = false;
        UnicodeScript script = null;
        for (int i = 0; i < value.length();) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                return "may not contain bidirectional control characters";
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters = true;
            UnicodeScript s = UnicodeScript.of(cp);
            if (NEUTRAL.contains(s)) {
                continue;
            }
            if (script != null && s != script) {
                return "mixes letters of two scripts (" + script + " and " + s + ")";
            }
            script = s;
        }
        return letters ? null : "must contain visible letters";
    }
}
