// The vault as a Kotlin shell meets it: wrong passphrases and their count, the failure wipe and
// the panic wipe, changing the passphrase, and a PlatformKeystore written in Kotlin, including
// one that throws (declared or not): each must come back as a WaveException, never a crash. Weak
// passphrases are refused by the same rule that passphraseStrength shows, and a PIN needs a
// keystore and the failure wipe.
package org.wave.core.tests

import java.nio.file.Path
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir
import org.wave.core.PlatformKeystore
import org.wave.core.WaveException
import org.wave.core.WaveVault
import org.wave.core.KdfStrength
import org.wave.core.checklistLanguages
import org.wave.core.passphraseStrength

/** Stands in for the Android Keystore: a fixed secret, or a missing entry. */
class TestKeystore(private val value: ByteArray?) : PlatformKeystore {
    val asked = AtomicInteger()

    override fun secret(): ByteArray {
        asked.incrementAndGet()
        return value ?: throw WaveException.KeystoreUnavailable("the key was removed")
    }
}

class VaultTest {
    @TempDir
    lateinit var dir: Path

    private val path get() = dir.resolve("vault").toString()

    @Test
    fun `wrong passphrase is WrongPassphrase and is counted`() = runBlocking<Unit> {
        val vault = newVault(path)
        vault.lock()
        assertThrows<WaveException.WrongPassphrase> { runBlocking { vault.unlock("not it") } }
        assertEquals(1u, vault.failedAttempts())
        assertFalse(vault.isUnlocked())
        vault.unlock(PASSPHRASE)
        assertTrue(vault.isUnlocked())
        assertEquals(0u, vault.failedAttempts())
    }

    @Test
    fun `no vault and an existing vault are errors of their own`() = runBlocking<Unit> {
        assertThrows<WaveException.NoVault> { runBlocking { WaveVault(path, null).unlock(PASSPHRASE) } }
        newVault(path).lock()
        assertThrows<WaveException.VaultExists> { runBlocking { newVault(path) } }
    }

    @Test
    fun `wipe after failures, and the panic wipe`() = runBlocking<Unit> {
        var vault = newVault(path)
        vault.setWipeAfterFailures(2u)
        assertEquals(2u, vault.wipeAfterFailures())
        vault.lock()
        repeat(2) { assertThrows<WaveException.WrongPassphrase> { runBlocking { vault.unlock("guess") } } }
        assertFalse(vault.exists())
        assertThrows<WaveException.NoVault> { runBlocking { vault.unlock(PASSPHRASE) } }

        vault = newVault(path)
        vault.wipe()
        assertFalse(vault.exists())
        assertFalse(vault.isUnlocked())
    }

    @Test
    fun `change passphrase`() = runBlocking<Unit> {
        val vault = newVault(path)
        vault.changePassphrase("new words: violet tram under the bridge")
        vault.lock()
        assertThrows<WaveException.WrongPassphrase> { runBlocking { vault.unlock(PASSPHRASE) } }
        vault.unlock("new words: violet tram under the bridge")
        assertTrue(vault.isUnlocked())
    }

    @Test
    fun `a keystore written in Kotlin binds the vault to its secret`() = runBlocking<Unit> {
        val keystore = TestKeystore(ByteArray(32) { 'k'.code.toByte() })
        val vault = newVault(path, keystore = keystore)
        vault.lock()
        vault.unlock(PASSPHRASE)
        assertTrue(keystore.asked.get() >= 2, "the keystore was asked ${keystore.asked.get()} times")
        vault.lock()
        // Another device's secret: the passphrase alone is not enough.
        val other = WaveVault(path, TestKeystore(ByteArray(32) { 'x'.code.toByte() }))
        assertThrows<WaveException.WrongPassphrase> { runBlocking { other.unlock(PASSPHRASE) } }
        // Opened without any keystore, the vault says it needs one.
        val none = assertThrows<WaveException.KeystoreUnavailable> { runBlocking { WaveVault(path, null).unlock(PASSPHRASE) } }
        assertTrue(none.detail.contains("keystore"), none.detail)
    }

    @Test
    fun `a keystore that throws is an error, not a crash`() = runBlocking<Unit> {
        newVault(path, keystore = TestKeystore(ByteArray(32) { 7 })).lock()

        val removed = assertThrows<WaveException.KeystoreUnavailable> {
            runBlocking { WaveVault(path, TestKeystore(null)).unlock(PASSPHRASE) }
        }
        assertTrue(removed.detail.contains("the key was removed"), removed.detail)

        // An exception the interface does not declare still comes back as an error.
        val broken = object : PlatformKeystore {
            override fun secret(): ByteArray = throw IllegalStateException("keystore service died")
        }
        val failed = assertThrows<WaveException.KeystoreUnavailable> {
            runBlocking { WaveVault(path, broken).unlock(PASSPHRASE) }
        }
        assertTrue(failed.detail.contains("keystore service died"), failed.detail)

        // Neither counted as a wrong passphrase, and the vault still opens with its keystore.
        val vault = WaveVault(path, TestKeystore(ByteArray(32) { 7 }))
        assertEquals(0u, vault.failedAttempts())
        vault.unlock(PASSPHRASE)
        assertTrue(vault.isUnlocked())
    }

    @Test
    fun `weak passphrases are refused by the rule passphraseStrength shows`() = runBlocking<Unit> {
        val weak = passphraseStrength("abc", "ru", false, null)
        assertFalse(weak.acceptable)
        assertEquals(0, weak.score.toInt())
        assertTrue(weak.hint.contains("легко"), weak.hint)
        assertTrue(passphraseStrength(PASSPHRASE, "en", false, null).acceptable)
        assertThrows<WaveException.WeakPassphrase> { runBlocking { newVault(path, "abc") } }
        assertFalse(WaveVault(path, null).exists())

        val vault = newVault(path)
        assertThrows<WaveException.WeakPassphrase> { runBlocking { vault.changePassphrase("password1") } }
        assertThrows<WaveException.WeakPassphrase> { runBlocking { vault.setDuressPassphrase("123456") } }
        vault.lock()
        vault.unlock(PASSPHRASE)
    }

    @Test
    fun `a PIN needs a keystore and a failure wipe that stays on`() = runBlocking<Unit> {
        val pin = "583920"
        assertFalse(passphraseStrength(pin, "en", false, 10u).acceptable)
        assertFalse(passphraseStrength(pin, "en", true, null).acceptable)
        val allowed = passphraseStrength(pin, "en", true, 10u)
        assertTrue(allowed.acceptable && allowed.asPin, allowed.hint)

        val vault = WaveVault(path, TestKeystore(ByteArray(32) { 7 }))
        assertThrows<WaveException.WeakPassphrase> { runBlocking { vault.create(pin, KdfStrength.Minimum) } }
        vault.create(pin, KdfStrength.Minimum, 10u)
        assertEquals(10u, vault.wipeAfterFailures())
        assertThrows<WaveException.InvalidInput> { vault.setWipeAfterFailures(null) }
        vault.lock()
        vault.unlock(pin)
        assertTrue(vault.isUnlocked())
    }

    @Test
    fun `checklist languages`() {
        assertEquals(listOf("en", "ru", "uk", "ro", "ka", "kk", "ky", "be"), checklistLanguages())
    }
}
