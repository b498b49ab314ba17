//! Prints the closing `android: N passed, N failed` line that android/scripts/test and CI read.
//! A failed container (e.g. a server that would not start) counts as failed, so a broken setup
//! never prints "0 failed".
package org.wave.ui

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
            result.status != TestExecutionResult.Status.SUCCESSFUL -> {
                failed.incrementAndGet()
                System.err.println("FAILED: ${identifier.displayName}: ${result.throwable.map { it.toString() }.orElse("")}")
            }
            identifier.isTest -> passed.incrementAndGet()
        }
    }

    override fun testPlanExecutionFinished(plan: TestPlan) {
        println("android: ${passed.get()} passed, ${failed.get()} failed (state holders, screens, strings)")
    }
}
