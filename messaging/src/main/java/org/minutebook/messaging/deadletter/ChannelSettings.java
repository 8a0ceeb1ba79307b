package org.minutebook.messaging.deadletter;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * An incoming channel's topic, consumer group and dead-letter topic, as the connector reads them: the channel's own
 * {@code group.id}, else the connector-wide {@code kafka.group.id}, else the application's name; the channel's
 * {@code dead-letter-queue.topic}, else the connector's default {@code dead-letter-topic-<topic>}.
 */
record ChannelSettings(String channel, String topic, String group, String deadLetterTopic) {

    static ChannelSettings of(String channel) {
        Config config = ConfigProvider.getConfig();
        String prefix = "mp.messaging.incoming." + channel + ".";
        String topic = config.getOptionalValue(prefix + "topic", String.class).orElse(channel);
        String group = config.getOptionalValue(prefix + "group.id", String.class)
                .or(() -> config.getOptionalValue("kafka.group.id", String.class))
                .orElseGet(() -> config.getValue("quarkus.application.name", String.class));
        String deadLetters = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                .orElse("dead-letter-topic-" + topic);
        return new ChannelSettings(channel, topic, group, deadLetters);
    }
}
