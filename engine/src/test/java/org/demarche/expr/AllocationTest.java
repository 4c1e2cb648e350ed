package org.demarche.expr;

import static org.demarche.expr.Expressions.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final int EVALUATIONS = 200_000;

  @Test
  void evaluationAllocatesNothing() {
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
        "this JVM cannot count allocated bytes per thread");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
        "this JVM cannot count allocated bytes per thread");
    CompiledExpression expression = compile(
        "if(stability > 50 and chance(0.5), clamp(gov.capital * 2^2, 0, 10), -min(self.capital, inflation, turn))"
            + " + round(normal(reserves_usd_bn, 1)) + lag(stability, 2)");
    FakeContext ctx = FakeContext.builder()
        .variables(100, 2, 60)
        .lagged(2, 2, 55)
        .resources(3, 0, 0, 0)
        .selfResources(1, 0)
        .draws(0.25, 0.5, 0.75)
        .build();
    // clamp(3 * 2^2, 0, 10) + round(normal(100, 1) with cos(3 pi / 2) = 0) + lag(stability, 2)
    double expected = 10 + 100 + 55;
    long thread = Thread.currentThread().getId();
    double sum = 0;
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < EVALUATIONS; i++) {
      ctx.rewind();
      sum += expression.eval(ctx);
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertEquals(expected * EVALUATIONS, sum, 1e-6 * EVALUATIONS, "every evaluation should give " + expected);
    // A few hundred bytes of slack cover the measurement itself; one object per evaluation would be megabytes.
    assertTrue(allocated < 10_000, "evaluating should allocate nothing, but " + allocated + " bytes were allocated");
  }
}
