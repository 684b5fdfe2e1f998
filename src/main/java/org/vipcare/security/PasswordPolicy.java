package org.vipcare.security;

import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a new password must be: at least 12 characters and not guessable — zxcvbn (common-password and word lists,
 * keyboard patterns, dates, the user's own name) must rate it 3 of 4 or better.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    static final int MIN_SCORE = 3;

    /** Why a password is refused; each has its sentence in the API and in the console bundles. */
    public enum Weakness {
        TOO_SHORT("must be at least " + MIN_LENGTH + " characters long"),
        TOO_LONG("must be at most " + MAX_LENGTH + " characters long"),
        TOO_COMMON("is too common or too easy to guess: use a longer phrase of unrelated words");

        /** The API's wording (problem violations). */
        public final String message;

        Weakness(String message) {
            this.message = message;
        }
    }

    private static final Zxcvbn ZXCVBN = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** What is wrong with the password, if anything; the user's own names count as guessable. */
    public static Optional<Weakness> check(String password, String... userInputs) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(Weakness.TOO_SHORT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Weakness.TOO_LONG);
        }
        List<String> inputs = Arrays.stream(userInputs).filter(Objects::nonNull).toList();
        return ZXCVBN.measure(password, inputs).getScore() < MIN_SCORE ? Optional.of(Weakness.TOO_COMMON)
                : Optional.empty();
    }
}
