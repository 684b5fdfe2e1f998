package org.vipcare.console;

import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/** The own-password form as typed; field names are the API's ({@code currentPassword}, {@code newPassword}). */
public class PasswordForm {

    static final Set<String> FIELDS = Set.of("currentPassword", "newPassword", "confirmPassword");

    @RestForm public String currentPassword;
    @RestForm public String newPassword;
    @RestForm public String confirmPassword;
}
