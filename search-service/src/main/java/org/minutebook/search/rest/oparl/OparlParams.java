package org.minutebook.search.rest.oparl;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.minutebook.search.service.oparl.OparlWindow;
import org.minutebook.shared.problem.PlausibleDates;
import org.minutebook.shared.problem.Problem;
import org.minutebook.shared.problem.ProblemException;

/**
 * The query of every OParl list: the page, its size and the four filters of incremental sync (OParl 1.1, "Objektlisten
 * und Paginierung").
 */
public class OparlParams {

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Max(100_000)
    @Parameter(description = "The page, from 1; the list's links name every page")
    public int page;

    @QueryParam("elementsPerPage")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    @Parameter(description = "Objects per page (OParl's own parameter); at most 100")
    public int elementsPerPage;

    @QueryParam("created_since")
    @Parameter(description = "Only objects created at or after this instant")
    public OffsetDateTime createdSince;

    @QueryParam("created_until")
    @Parameter(description = "Only objects created at or before this instant")
    public OffsetDateTime createdUntil;

    @QueryParam("modified_since")
    @Parameter(description = "Only objects modified at or after this instant; superseded objects are then listed too, with deleted: true")
    public OffsetDateTime modifiedSince;

    @QueryParam("modified_until")
    @Parameter(description = "Only objects modified at or before this instant")
    public OffsetDateTime modifiedUntil;

    OparlWindow window() {
        List<Problem.Violation> violations = new ArrayList<>();
        check("created_since", createdSince, violations);
        check("created_until", createdUntil, violations);
        check("modified_since", modifiedSince, violations);
        check("modified_until", modifiedUntil, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.invalid("Invalid value for " + violations.get(0).field(), violations));
        }
        return new OparlWindow(instant(createdSince), instant(createdUntil), instant(modifiedSince),
                instant(modifiedUntil));
    }

    private static void check(String field, OffsetDateTime value, List<Problem.Violation> violations) {
        if (value != null && !PlausibleDates.contains(value.toLocalDate())) {
            violations.add(new Problem.Violation(field, PlausibleDates.MESSAGE));
        }
    }

    private static java.time.Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
