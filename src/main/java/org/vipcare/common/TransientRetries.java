package org.vipcare.common;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** The interceptor of {@link RetryTransient}; runs outside the transaction interceptor (a lower priority). */
@RetryTransient
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransientRetries {

    public static final int ATTEMPTS = 4;

    private final TransactionManager transactions;
    private final TransientFailures failures;

    public TransientRetries(TransactionManager transactions, TransientFailures failures) {
        this.transactions = transactions;
        this.failures = failures;
    }

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (insideTransaction()) {
            return invocation.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                Optional<TransientFailure> failure = TransientFailure.of(e);
                if (failure.isEmpty() || !failure.get().retriable() || attempt == ATTEMPTS) {
                    throw e;
                }
                failures.retried(failure.get());
                Log.debugf("%s on attempt %d of %s.%s; running it again", failure.get(), attempt,
                        invocation.getMethod().getDeclaringClass().getSimpleName(), invocation.getMethod().getName());
                // Jitter keeps two losers of the same race from meeting again at the same moment.
                Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50) * attempt);
            }
        }
    }

    private boolean insideTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
