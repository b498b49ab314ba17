// Lock and wipe never wait for a sync, whatever the network does; an observer may call the
// vault; and a JVM that exits right after async calls exits cleanly. The hanging network is a
// proxy in front of a real wave-server that, once told to, swallows requests or answers.
package org.wave.core.tests

import java.io.File
import java.net.InetAddress
import java.net.ServerSocket
import java.net.Socket
import java.nio.file.Path
import java.util.Collections
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.async
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.wave.core.CaseSyncState
import org.wave.core.SyncObserver
import org.wave.core.SyncSettings
import org.wave.core.WaveException
import org.wave.core.WaveVault

/** Passes everything to the server until told to stall: then what the device sends is swallowed
 *  ("before") or forwarded with the server's answer swallowed ("after"). */
class StallingProxy(private val upstreamPort: Int) : AutoCloseable {
    enum class Mode { PASS, BEFORE, AFTER }

    @Volatile var mode = Mode.PASS
    /** Counted down when something was swallowed: the device now waits for nothing. */
    @Volatile var stalled = CountDownLatch(1)
    private val listener = ServerSocket(0, 50, InetAddress.getLoopbackAddress())
    private val open = Collections.synchronizedList(mutableListOf<Socket>())
    val url = "http://127.0.0.1:${listener.localPort}"

    init {
        daemon {
            while (!listener.isClosed) {
                val client = runCatching { listener.accept() }.getOrNull() ?: break
                val upstream = Socket(InetAddress.getLoopbackAddress(), upstreamPort)
                open += listOf(client, upstream)
                daemon { pump(client, upstream, Mode.BEFORE) }
                daemon { pump(upstream, client, Mode.AFTER) }
            }
        }
    }

    fun stall(how: Mode) {
        stalled = CountDownLatch(1)
        mode = how
    }

    private fun pump(from: Socket, to: Socket, swallowWhen: Mode) {
        runCatching {
            val buffer = ByteArray(65536)
            while (true) {
                val read = from.getInputStream().read(buffer)
                if (read < 0) break
                if (mode == swallowWhen) {
                    stalled.countDown()
                    continue
                }
                to.getOutputStream().write(buffer, 0, read)
                to.getOutputStream().flush()
            }
        }
    }

    private fun daemon(body: () -> Unit) = Thread(body).apply { isDaemon = true }.start()

    override fun close() {
        listener.close()
        open.forEach { runCatching { it.close() } }
    }
}

class SyncCancelTest : WithServer() {
    // One try, and patience enough to hang for good.
    private val patient = SyncSettings(maxAttempts = 1u, timeoutMs = 600_000u)

    private fun proxy() = StallingProxy(server.url.substringAfterLast(':').trimEnd('/').toInt())

    /** Starts a sync that hangs at `proxy`, checks the vault answers meanwhile, then runs `stop`
     *  (lock or wipe); returns how long `stop` took, in milliseconds. */
    private fun stalledSync(vault: WaveVault, proxy: StallingProxy, stop: () -> Unit): Long = runBlocking {
        val sync = async(kotlinx.coroutines.Dispatchers.IO) {
            runCatching { vault.syncNow(null, patient) }
        }
        assertTrue(proxy.stalled.await(30, TimeUnit.SECONDS), "the sync never got stuck")
        val answered = System.nanoTime()
        assertTrue(vault.syncStatus().pending > 0uL)
        assertTrue(vault.listCases().isNotEmpty())
        assertTrue(System.nanoTime() - answered < 1_000_000_000L, "the vault did not answer during the sync")
        val started = System.nanoTime()
        stop()
        val took = (System.nanoTime() - started) / 1_000_000
        val outcome = withTimeout(5_000) { sync.await() }
        assertTrue(outcome.exceptionOrNull() is WaveException.VaultLocked, "$outcome")
        took
    }

    @Test
    fun `lock stops a stalled sync at once and nothing is lost or doubled`(@TempDir dir: Path) = runBlocking<Unit> {
        proxy().use { proxy ->
            val vault = newVault(dir.resolve("vault").toString())
            recordChecklist(vault, "en")
            vault.enroll(server.enrollmentString(proxy.url), null, null)
            proxy.stall(StallingProxy.Mode.AFTER)
            val took = stalledSync(vault, proxy) { vault.lock() }
            assertTrue(took < 1000, "lock took $took ms")
            assertFalse(vault.isUnlocked())

            proxy.stall(StallingProxy.Mode.PASS)
            vault.unlock(PASSPHRASE)
            assertEquals(1uL, vault.syncStatus().pending)
            val report = vault.syncNow(null, null)
            assertEquals(listOf(1uL, 1uL, 0uL), listOf(report.sent, report.duplicates, report.pending))
        }
    }

    @Test
    fun `wipe stops a stalled sync at once and the key file is gone`(@TempDir dir: Path) = runBlocking<Unit> {
        proxy().use { proxy ->
            val folder = dir.resolve("vault").toString()
            val vault = newVault(folder)
            recordChecklist(vault, "en")
            vault.enroll(server.enrollmentString(proxy.url), null, null)
            proxy.stall(StallingProxy.Mode.BEFORE)
            val took = stalledSync(vault, proxy) { vault.wipe() }
            assertTrue(took < 1000, "wipe took $took ms")
            assertFalse(File(folder, "key").exists())
            assertFalse(vault.exists())
        }
    }

    @Test
    fun `an observer may call the vault`(@TempDir dir: Path) = runBlocking<Unit> {
        val vault = newVault(dir.resolve("vault").toString())
        recordChecklist(vault, "en")
        vault.enroll(server.enrollmentString(), null, null)
        val seen = Collections.synchronizedList(mutableListOf<String>())
        val calling = object : SyncObserver {
            override fun progress(done: ULong, total: ULong) {
                seen.add("progress pending=${vault.syncStatus().pending} cases=${vault.listCases().size}")
            }

            override fun caseState(caseId: String, state: CaseSyncState) {
                seen.add("state ${vault.caseSyncStates("en").map { it.state }}")
            }
        }
        val report = withTimeout(30_000) { vault.syncNow(calling, null) }
        assertEquals(1uL, report.sent)
        assertEquals(listOf("state [${CaseSyncState.Sent}]", "progress pending=0 cases=1"), seen.toList())
    }

    @Test
    fun `a JVM that exits right after async calls exits cleanly`(@TempDir dir: Path) {
        val folder = dir.resolve("vault").toString()
        newVault(folder).lock()
        val java = File(System.getProperty("java.home"), "bin/java").path
        val crashes = mutableListOf<String>()
        repeat(20) { run ->
            val process = ProcessBuilder(
                java,
                "-cp", System.getProperty("java.class.path"),
                "-Djna.library.path=${System.getProperty("jna.library.path")}",
                ExitRightAfterAsync::class.java.name,
                folder,
            ).redirectErrorStream(true).start()
            val output = process.inputStream.bufferedReader().readText()
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "run $run did not exit")
            if (process.exitValue() != 0) crashes += "run $run: exit ${process.exitValue()}: ${output.takeLast(300)}"
        }
        assertEquals(emptyList<String>(), crashes)
    }
}

/** Unlocks, locks and exits at once, as an app closing right after a call might. */
object ExitRightAfterAsync {
    @JvmStatic
    fun main(args: Array<String>) {
        val vault = WaveVault(args[0], null)
        runBlocking { vault.unlock(PASSPHRASE) }
        vault.lock()
        runBlocking { vault.unlock(PASSPHRASE) }
        System.exit(0)
    }
}
