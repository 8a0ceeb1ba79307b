package org.minutebook.search.rest.oparl;

import java.util.UUID;

/** Every OParl object's id is its own URL under the root; the type is the schema URI of OParl 1.1. */
record OparlUrls(String root, String bodyKey) {

    static final String VERSION = "https://schema.oparl.org/1.1/";

    static String type(String name) {
        return VERSION + name;
    }

    String system() {
        return root;
    }

    String bodies() {
        return root + "/body";
    }

    String body() {
        return root + "/body/" + bodyKey;
    }

    String list(String name) {
        return body() + "/" + name;
    }

    String organization(UUID id) {
        return root + "/organization/" + id;
    }

    String person(UUID id) {
        return root + "/person/" + id;
    }

    String membership(UUID person, UUID organization) {
        return root + "/membership/" + person + "/" + organization;
    }

    String meeting(UUID id) {
        return root + "/meeting/" + id;
    }

    String agendaItem(UUID id) {
        return root + "/agendaItem/" + id;
    }

    String paper(UUID id) {
        return root + "/paper/" + id;
    }

    String consultation(UUID id) {
        return root + "/consultation/" + id;
    }
}
