package org.minutebook.meetings.service;

/**
 * How an imported or posted record is stored: {@code replace} supersedes the committee's record for that date instead
 * of answering 409; {@code publish} makes it public at once instead of leaving a draft for a clerk to publish.
 */
public record Storing(boolean replace, boolean publish) {
}
