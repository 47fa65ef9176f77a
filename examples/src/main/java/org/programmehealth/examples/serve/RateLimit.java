package org.programmehealth.examples.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: up to {@code perMinute} requests a minute, in bursts of up to
 * a quarter of that. Simple and enough for a server on a team's own network; a PMO that exposes it
 * more widely puts its own proxy in front.
 */
final class RateLimit {

    private final double perSecond;
    private final double burst;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimit(int perMinute) {
        this.perSecond = perMinute / 60.0;
        this.burst = Math.max(1, perMinute / 4.0);
    }

    /** Whether a request from this address may go ahead now (and counts it). */
    boolean allow(String address) {
        long now = System.nanoTime();
        double[] b = buckets.computeIfAbsent(address, a -> new double[] {burst, now});
        synchronized (b) {
            double elapsed = (now - b[1]) / 1e9;
            b[0] = Math.min(burst, b[0] + Math.max(0, elapsed) * perSecond);
            b[1] = now;
            if (b[0] >= 1) {
                b[0] -= 1;
                return true;
            }
            return false;
        }
    }
}
