package org.vipcare.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import org.vipcare.common.ProblemTexts;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

/**
 * Bean Validation with messages in the console user's language. The injected default validator picks its language
 * from Accept-Language, which is not the console's choice when the user switched language or set one. A constraint
 * whose code has a text of its own in the bundles (a required field: "请填写此项", never "must not be null") reads that;
 * the others keep Hibernate Validator's message in the user's language.
 */
@ApplicationScoped
public class LocalizedValidator {

    private final ValidatorFactory factory;

    public LocalizedValidator(ValidatorFactory factory) {
        this.factory = factory;
    }

    public <T> Set<ConstraintViolation<T>> validate(T bean, Locale locale) {
        MessageInterpolator standard = factory.getMessageInterpolator();
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                String code = ProblemTexts.constraintCode(context.getConstraintDescriptor().getAnnotation());
                String worded = ProblemTexts.plain(code, context.getConstraintDescriptor().getAttributes(),
                        locale.toLanguageTag(), ZoneOffset.UTC, null);
                return worded != null ? worded : standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale requested) {
                return standard.interpolate(template, context, requested);
            }
        };
        return factory.usingContext().messageInterpolator(inLocale).getValidator().validate(bean);
    }
}
