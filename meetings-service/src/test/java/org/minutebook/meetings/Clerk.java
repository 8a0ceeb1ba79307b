package org.minutebook.meetings;

import org.minutebook.shared.security.TestTokens;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests made as a clerk, the role that records and imports minutes. */
final class Clerk {

    private Clerk() {
    }

    static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(TestTokens.clerk());
    }
}
