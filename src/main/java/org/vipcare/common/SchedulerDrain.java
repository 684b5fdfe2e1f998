package org.vipcare.common;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * When shutdown begins (readiness already DOWN, requests still served for the shutdown delay), the scheduled jobs stop
 * taking new ticks; a tick already running finishes in its own transaction, and another replica takes the next one.
 */
@ApplicationScoped
class SchedulerDrain {

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event, Scheduler scheduler) {
        scheduler.pause();
        Log.info("Shutting down: scheduled jobs paused, readiness DOWN, in-flight requests finishing");
    }
}
