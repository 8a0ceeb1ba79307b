package org.minutebook.shared.infra;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * What each service's principal may do on a broker with ACLs on, and nothing more: minutes.meetings carries drafts and
 * restricted text, so only its producer and its two consumers may touch it. READ and WRITE imply DESCRIBE. A service
 * writes the dead-letter topic of what it consumes and reads it back, outside any group, to list and replay its own
 * dead letters (the topics are shared, but so is what they hold: both consumers read both topics). The same
 * list is in docker-compose.yml's kafka-setup job; KafkaAclTest checks it against a broker.
 */
public final class KafkaAcls {

    public static final String MEETINGS = "meetings-service";
    public static final String ACTIONS = "actions-service";
    public static final String SEARCH = "search-service";
    public static final List<String> PRINCIPALS = List.of(MEETINGS, ACTIONS, SEARCH);

    private KafkaAcls() {
    }

    public static List<AclBinding> forServices() {
        List<AclBinding> acls = new ArrayList<>();
        topic(acls, MEETINGS, "minutes.meetings", AclOperation.WRITE);

        topic(acls, ACTIONS, "minutes.meetings", AclOperation.READ);
        topic(acls, ACTIONS, "minutes.meetings.dlq", AclOperation.WRITE);
        topic(acls, ACTIONS, "minutes.meetings.dlq", AclOperation.READ);
        topic(acls, ACTIONS, "minutes.actions", AclOperation.WRITE);
        // Its own topic read back: officer changes are applied again when the register is rebuilt.
        topic(acls, ACTIONS, "minutes.actions", AclOperation.READ);
        topic(acls, ACTIONS, "minutes.actions.dlq", AclOperation.WRITE);
        topic(acls, ACTIONS, "minutes.actions.dlq", AclOperation.READ);
        group(acls, ACTIONS, "actions-service");
        group(acls, ACTIONS, "actions-service-changes");

        topic(acls, SEARCH, "minutes.meetings", AclOperation.READ);
        topic(acls, SEARCH, "minutes.actions", AclOperation.READ);
        topic(acls, SEARCH, "minutes.meetings.dlq", AclOperation.WRITE);
        topic(acls, SEARCH, "minutes.meetings.dlq", AclOperation.READ);
        topic(acls, SEARCH, "minutes.actions.dlq", AclOperation.WRITE);
        topic(acls, SEARCH, "minutes.actions.dlq", AclOperation.READ);
        group(acls, SEARCH, "search-service");
        return acls;
    }

    public static String principal(String user) {
        return "User:" + user;
    }

    private static void topic(List<AclBinding> acls, String user, String topic, AclOperation operation) {
        acls.add(allow(user, new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), operation));
    }

    private static void group(List<AclBinding> acls, String user, String group) {
        acls.add(allow(user, new ResourcePattern(ResourceType.GROUP, group, PatternType.LITERAL), AclOperation.READ));
    }

    private static AclBinding allow(String user, ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry(principal(user), "*", operation,
                AclPermissionType.ALLOW));
    }
}
