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

    // myday: the team's My day (supervisors and admins)
    @Message String my_day_team_intro(String today);
    @Message String my_day_team_complaints();
    @Message String my_day_team_complaints_none();
    @Message String my_day_team_calls();
    @Message String my_day_team_calls_none();
    @Message String my_day_team_watch();
    @Message String my_day_team_watch_none();
    @Message String my_day_team_opinions();
    @Message String my_day_first(int limit);
    @Message String my_day_action();
    @Message String my_day_handover();
    @Message String my_day_handover_to();
    @Message String my_day_handover_choose();
    @Message String my_day_handover_note();
    @Message String my_day_handover_refused();
    @Message String my_day_handed_over();
    @Message String my_day_call_goes_with_complaint();
    @Message String my_day_open_call();
}
