package org.minutebook.shared.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Query and path dates (from, to, modifiedSince …) read as ISO dates within {@link PlausibleDates}; anything else is a
 * 400 naming the parameter (see {@link ProblemMappers}), never a query the database refuses with a 500.
 */
@Provider
public class DateParams implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> DATES = new ParamConverter<>() {
        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            LocalDate d;
            try {
                d = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + value + "' is not an ISO date", e);
            }
            if (!PlausibleDates.contains(d)) {
                throw new IllegalArgumentException("'" + value + "' " + PlausibleDates.MESSAGE);
            }
            return d;
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) DATES : null;
    }
}
