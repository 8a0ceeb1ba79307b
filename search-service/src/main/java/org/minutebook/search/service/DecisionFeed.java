package org.minutebook.search.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.minutebook.search.domain.Meeting;
import org.minutebook.shared.problem.ProblemException;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * The newest decisions as an Atom 1.0 feed, read from the decisions register so that a restricted item's wording is
 * withheld exactly as the register withholds it.
 */
@ApplicationScoped
public class DecisionFeed {

    static final String WITHHELD = "Restricted item: the wording of this resolution is not published.";

    private final DecisionRegister register;

    public DecisionFeed(DecisionRegister register) {
        this.register = register;
    }

    /** The feed text, newest meeting first; a committee filter naming no known committee is not found. */
    public String latest(String committee, int limit, URI baseUri, URI self) {
        if (committee != null && Meeting.count("committee", committee) == 0) {
            throw ProblemException.notFound("Committee", committee);
        }
        List<Decision> decisions = register
                .list(new ItemFilter(committee, null, null, null, null), null, null, 0, limit).results();
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding(StandardCharsets.UTF_8.name());
        // A feed's id must not change with the host name it was fetched by, so it is derived from what it lists.
        String scope = committee == null ? "decisions" : "decisions of " + committee;
        feed.setId(urn(UUID.nameUUIDFromBytes(("minutebook " + scope).getBytes(StandardCharsets.UTF_8))));
        feed.setTitle(committee == null ? "Decisions" : "Decisions: " + committee);
        // An empty feed has never changed; any fixed instant keeps its ETag stable.
        feed.setUpdated(Date.from(decisions.stream().map(Decision::modifiedAt).max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH)));
        feed.setAuthors(List.of(person("Minutebook")));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        feed.setEntries(decisions.stream().map(decision -> entry(decision, baseUri)).toList());
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    private static Entry entry(Decision decision, URI baseUri) {
        Entry entry = new Entry();
        entry.setId(urn(decision.id()));
        entry.setTitle(decision.committee() + " " + decision.date() + " — item " + decision.itemNumber() + ": "
                + decision.itemTitle());
        entry.setUpdated(Date.from(decision.modifiedAt()));
        entry.setAuthors(List.of(person(decision.committee())));
        Category outcome = new Category();
        outcome.setTerm(decision.outcome());
        entry.setCategories(List.of(outcome));
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(decision.restricted() ? WITHHELD : decision.text());
        entry.setContents(List.of(content));
        entry.setAlternateLinks(List.of(link("alternate",
                baseUri.resolve("api/meetings/" + decision.meetingId() + "/summary"), "application/json")));
        return entry;
    }

    private static String urn(UUID id) {
        return "urn:uuid:" + id;
    }

    private static Person person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    private static Link link(String rel, URI href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href.toString());
        return link;
    }
}
