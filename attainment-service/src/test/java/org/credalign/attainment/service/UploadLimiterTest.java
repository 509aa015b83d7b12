package org.credalign.attainment.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UploadLimiterTest {

    @Test
    void aStateGetsItsMaximumOfPermitsAndAClosedPermitFreesExactlyOnePlace() {
        UploadLimiter limiter = new UploadLimiter(2);
        Optional<UploadLimiter.Permit> first = limiter.tryAcquire("NJ");
        Optional<UploadLimiter.Permit> second = limiter.tryAcquire("nj");
        assertTrue(first.isPresent() && second.isPresent());
        assertTrue(limiter.tryAcquire("NJ").isEmpty(), "a third upload of the same state is refused");
        assertTrue(limiter.tryAcquire("DE").isPresent(), "other states are not affected");
        assertEquals(2, limiter.inFlight("NJ"));

        first.get().close();
        first.get().close(); // closing twice must not free a second place
        assertEquals(1, limiter.inFlight("NJ"));
        Optional<UploadLimiter.Permit> third = limiter.tryAcquire("NJ");
        assertTrue(third.isPresent());
        assertTrue(limiter.tryAcquire("NJ").isEmpty());

        second.get().close();
        third.get().close();
        assertEquals(0, limiter.inFlight("NJ"));
    }
}
