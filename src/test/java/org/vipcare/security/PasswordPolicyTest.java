package org.vipcare.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vipcare.security.PasswordPolicy.Weakness;
import org.vipcare.support.TestData;

class PasswordPolicyTest {

    @Test
    void shortCommonAndPersonalPasswordsAreRefused() {
        assertEquals(Optional.of(Weakness.TOO_COMMON), PasswordPolicy.check("password-123"));
        assertEquals(Optional.of(Weakness.TOO_SHORT), PasswordPolicy.check("Xq7#kP2!vL9"));
        assertEquals(Optional.of(Weakness.TOO_COMMON), PasswordPolicy.check("password1234"));
        assertEquals(Optional.of(Weakness.TOO_COMMON), PasswordPolicy.check("qwertyuiop123"));
        assertEquals(Optional.of(Weakness.TOO_COMMON), PasswordPolicy.check("111111111111"));
        assertEquals(Optional.of(Weakness.TOO_COMMON), PasswordPolicy.check("wangfang2024!", "wangfang", "Wang Fang"));
        assertEquals(Optional.of(Weakness.TOO_LONG), PasswordPolicy.check("a".repeat(201)));
    }

    @Test
    void longUnguessablePasswordsPass() {
        assertEquals(Optional.empty(), PasswordPolicy.check("Xq7#kP2!vL9m"));
        assertEquals(Optional.empty(), PasswordPolicy.check("orchid lantern harbour ferry"));
        assertEquals(Optional.empty(), PasswordPolicy.check(TestData.PASSWORD));
        assertEquals(Optional.empty(), PasswordPolicy.check(TestData.ADMIN_PASSWORD));
    }
}
