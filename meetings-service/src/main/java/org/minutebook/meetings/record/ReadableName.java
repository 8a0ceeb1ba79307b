package org.minutebook.meetings.record;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A name people read and match: it has visible letters, no bidirectional overrides, and its letters come from one
 * script, so that "Safer Stockton" with a Cyrillic "е" cannot pass for the committee it looks like.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReadableNameValidator.class)
public @interface ReadableName {

    String message() default "must be a readable name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
