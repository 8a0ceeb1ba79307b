package org.minutebook.shared.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date of the Gregorian calendar as every reader takes it: from 1600 to 9999. JDBC's {@code java.sql.Date} reads
 * a date before the calendar reform of 1582 in the Julian calendar, so an earlier date came back days off, or not at
 * all (a Julian 29 February), from the read models; and a year of five digits is not a date anyone minuted.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CalendarDate.Validator.class)
public @interface CalendarDate {

    LocalDate EARLIEST = LocalDate.of(1600, 1, 1);
    LocalDate LATEST = LocalDate.of(9999, 12, 31);

    String message() default "must be a date from 1600-01-01 to 9999-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CalendarDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LATEST));
        }
    }
}
