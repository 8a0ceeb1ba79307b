package org.minutebook.actions.rest;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class EnumValueValidator implements ConstraintValidator<EnumValue, String> {

    private List<String> names;

    @Override
    public void initialize(EnumValue annotation) {
        names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toList();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || names.contains(value)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        // Names are plain constants: nothing in them for the message interpolator to expand.
        context.buildConstraintViolationWithTemplate(
                "must be one of " + names.stream().collect(Collectors.joining(", ")))
                .addConstraintViolation();
        return false;
    }
}
