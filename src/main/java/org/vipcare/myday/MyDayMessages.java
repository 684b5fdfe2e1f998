package org.vipcare.myday;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the "My day" page ({@code {myday:key}},
 * {@code messages/myday*.properties}); keys as in {@link org.vipcare.console.ConsoleMessages}.
 */
@MessageBundle(value = "myday", locale = "en")
public interface MyDayMessages {

    @Message String my_day_title();
    @Message String my_day_intro(String today);
    @Message String my_day_complaints();
    @Message String my_day_complaints_none();
    @Message String my_day_followups();
    @Message String my_day_followups_none();
    @Message String my_day_opinions();
    @Message String my_day_opinions_none();
}
