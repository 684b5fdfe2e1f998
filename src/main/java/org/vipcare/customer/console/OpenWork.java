package org.vipcare.customer.console;

import java.time.Instant;

/**
 * One open piece of work about a customer as the customer page lists it, already in the reader's language: what
 * it is ({@code kind}), a link to it, what it is about, where it stands (with a css class for the badge), when it is
 * due and who works it.
 */
public record OpenWork(String kind, String href, String title, String state, String stateCss, Instant dueAt,
        String owner) {
}
