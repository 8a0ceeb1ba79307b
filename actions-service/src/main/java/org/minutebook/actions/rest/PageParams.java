package org.minutebook.actions.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Paging query parameters. Read as text and validated here: JAX-RS answers an unconvertible {@code int} query parameter
 * with a bare 404, where a caller needs a 400 naming the parameter. (Hibernate Validator checks @Min/@Max on text as
 * numbers.)
 */
public class PageParams {

    @QueryParam("page")
    @DefaultValue("0")
    // Seven digits at most, so that page * size (the offset) stays within an int.
    @Pattern(regexp = "\\d{1,7}", message = "must be a whole number from 0 to 9999999")
    @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "9999999", defaultValue = "0")
    String page;

    @QueryParam("size")
    @DefaultValue("50")
    @Pattern(regexp = "\\d{1,3}", message = "must be a whole number from 1 to 200")
    @Min(1)
    @Max(200)
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")
    String size;

    int page() {
        return Integer.parseInt(page);
    }

    int size() {
        return Integer.parseInt(size);
    }
}
