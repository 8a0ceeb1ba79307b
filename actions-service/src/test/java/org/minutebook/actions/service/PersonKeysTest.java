package org.minutebook.actions.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PersonKeysTest {

    @Test
    void shouldIdentifyAPersonWhateverTheCaseSpacingOrHonorific() {
        PersonKeys.Key key = PersonKeys.of("Steve Hume", "Stockton Borough Council");

        assertEquals(key, PersonKeys.of("  Cllr STEVE   hume ", "stockton  borough council"));
        assertEquals(key, PersonKeys.of("Dr. Steve Hume", "Stockton Borough Council."));
        assertEquals(PersonKeys.id(key), PersonKeys.id(PersonKeys.of("Mr Steve Hume", "Stockton Borough Council")));
    }

    @Test
    void shouldTellApartSameNameInAnotherOrganisation() {
        assertNotEquals(PersonKeys.id(PersonKeys.of("Steve Hume", "SBC")),
                PersonKeys.id(PersonKeys.of("Steve Hume", null)));
        assertNotEquals(PersonKeys.of("Steven Hume", null), PersonKeys.of("Steve Hume", null));
    }

    @Test
    void shouldKeepANameThatIsOnlyAnHonorific() {
        assertEquals("sir", PersonKeys.nameKey("Sir"));
    }
}
