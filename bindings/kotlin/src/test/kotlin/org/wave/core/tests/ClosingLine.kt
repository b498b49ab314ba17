// Prints the closing `N passed, N failed` line that bindings/scripts/test-host and CI read, in
// place of Surefire's own summary. Registered through META-INF/services so every run has it.
// A failed container (e.g. a server that would not start in @BeforeAll) counts as failed, so a
// broken setup can never print "0 failed".
package org.wave.core.tests

import java.util.concurrent.atomic.AtomicInteger
import org.junit.platform.engine.TestExecutionResult
import org.junit.platform.launcher.TestExecutionListener
import org.junit.platform.launcher.TestIdentifier
import org.junit.platform.launcher.TestPlan

class ClosingLine : TestExecutionListener {
    private val passed = AtomicInteger()
    private val failed = AtomicInteger()

    override fun executionFinished(identifier: TestIdentifier, result: TestExecutionResult) {
        when {
            result.status != TestExecutionResult.Status.SUCCESSFUL -> failed.incrementAndGet()
            identifier.isTest -> passed.incrementAndGet()
        }
    }

    override fun testPlanExecutionFinished(plan: TestPlan) {
        println("${passed.get()} passed, ${failed.get()} failed")
    }
}
