package org.minutebook.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class EnvelopesTest {

    private final Envelopes envelopes = new Envelopes(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS), "meetings-service");

    record Data(UUID meetingId, String committee) {
    }

    @Test
    void shouldReadBackWhatItWrites() {
        UUID meeting = UUID.randomUUID();
        CloudEvent written = envelopes.create(EventTypes.MEETING_RECORDED, meeting,
                Instant.parse("2016-06-21T09:30:00.123Z"), new Data(meeting, "Safer Stockton Partnership"));

        CloudEvent read = envelopes.read(envelopes.write(written));

        assertThat(read).isEqualTo(written);
        assertThat(read.source()).isEqualTo("/minutebook/meetings-service");
        assertThat(read.subject()).isEqualTo(meeting.toString());
        assertThat(envelopes.data(read, Data.class).committee()).isEqualTo("Safer Stockton Partnership");
    }

    @Test
    void shouldRefuseWhatIsNotAnEnvelopeWithTheReason() {
        assertThatThrownBy(() -> envelopes.read("{not json")).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> envelopes.read("{\"id\":\"" + UUID.randomUUID() + "\"}"))
                .hasMessageContaining("id and type are required");
        assertThatThrownBy(() -> envelopes.read("{\"id\":\"evt-1\",\"type\":\"minutes.item.recorded\"}"))
                .hasMessageContaining("is not a UUID");
        CloudEvent noData = envelopes.read("{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"t\"}");
        assertThatThrownBy(() -> envelopes.data(noData, Data.class)).hasMessageContaining("has no data");
    }
}
