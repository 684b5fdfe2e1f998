package org.vipcare.webhook.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the webhook feature ({@code messages/webhook*.properties}): so far only its problems, which the API
 * names by code (ProblemTexts); keys as in {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "webhook", locale = "en")
public interface WebhookMessages {

    @Message String problem_webhook_url_invalid();
    @Message String problem_webhook_url_not_https();
    @Message String problem_webhook_url_unresolvable();
    @Message String problem_webhook_url_private_address();
    @Message String problem_webhook_events_unknown();
    @Message String problem_webhook_encryption_key_missing();
}
