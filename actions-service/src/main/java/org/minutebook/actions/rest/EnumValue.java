package org.minutebook.actions.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A text parameter that must name a constant of {@link #value()}. Taken as text rather than as the enum so that a wrong
 * value is a 400 naming the parameter, not JAX-RS's 404 for an unconvertible query parameter.
 */
@Target({PARAMETER, FIELD})
@Retention(RUNTIME)
@Constraint(validatedBy = EnumValueValidator.class)
public @interface EnumValue {

    Class<? extends Enum<?>> value();

    String message() default "must be one of the listed values";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
