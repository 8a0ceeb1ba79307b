package org.minutebook.search.service.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a clerk sends to subscribe; {@link RegistrationCheck} names any field that is wrong. */
public record WebhookRegistration(
        @Schema(description = "Where deliveries are POSTed: an absolute http or https URL", required = true, maxLength = 2000) String url,
        @Schema(description = "CloudEvent types to deliver; absent or empty: every type", maxItems = 12) List<String> types,
        @Schema(description = "Only this committee's events", maxLength = 200) String committee,
        @Schema(description = "public (default): what the public stream gets; officer: events as consumed", enumeration = {
                "public", "officer"}) String audience){
}
