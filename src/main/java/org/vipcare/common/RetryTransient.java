package org.vipcare.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a transaction again when PostgreSQL rolled it back as a serialization failure or deadlock victim (a lost race,
 * not an error of the request): at most {@link TransientRetries#ATTEMPTS} times, with a short random pause. Put it
 * where a transaction starts (a resource with {@code @Transactional} methods); inside a running transaction it does
 * nothing, since only the outermost boundary can start over. Only for work with no effect outside the database.
 */
@InterceptorBinding
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface RetryTransient {
}
