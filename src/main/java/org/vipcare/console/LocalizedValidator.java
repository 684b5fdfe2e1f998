package org.vipcare.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;

/**
 * Bean Validation with messages in the console user's language. The injected default validator picks its language
 * from Accept-Language, which is not the console's choice when the user switched language or set one.
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
                return standard.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale requested) {
                return standard.interpolate(template, context, requested);
            }
        };
        return factory.usingContext().messageInterpolator(inLocale).getValidator().validate(bean);
    }
}
