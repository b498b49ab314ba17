//! The first run's PIN and duress rules and the settings screen against the real core: a PIN
//! needs the keystore and a wipe of at most 10; passphrase and duress changes take effect; the
//! wipe, language, lock delay and camouflage settings; and the background sync's decisions.
package org.wave.ui

import java.nio.file.Path
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import org.wave.ui.model.Camouflage
import org.wave.ui.model.PassphraseForm
import org.wave.ui.model.Screen
import org.wave.ui.model.SyncDecision
import org.wave.ui.model.SyncInputs
import org.wave.ui.model.SyncOutcome
import org.wave.ui.model.SyncRunResult
import org.wave.ui.model.WelcomeStep
import org.wave.ui.model.afterSync
import org.wave.ui.model.decideSync

class SettingsTest {
    @Test
    fun `a PIN needs the keystore and a wipe of at most ten`(@TempDir dir: Path) = runBlocking<Unit> {
        val (plain, _) = newApp(dir.resolve("plain").toFile())
        val noKeystore = (plain.screen.value as Screen.Welcome).model
        noKeystore.setUp()
        noKeystore.passphraseChanged("583920")
        noKeystore.repeatChanged("583920")
        assertFalse(noKeystore.state.value.canContinue)
        noKeystore.continueFromPassphrase()
        assertEquals("passphrase_weak", noKeystore.state.value.problem)
        assertEquals(WelcomeStep.PASSPHRASE, noKeystore.state.value.step)

        val (app, _) = newApp(dir.resolve("pin").toFile(), keystore = FixedKeystore())
        val welcome = (app.screen.value as Screen.Welcome).model
        welcome.setUp()
        welcome.passphraseChanged("583920")
        welcome.repeatChanged("583920")
        assertTrue(welcome.state.value.pin)
        assertTrue(welcome.state.value.canContinue)
        welcome.continueFromPassphrase()
        welcome.skipDuress()
        assertEquals(listOf<Int?>(5, 10), welcome.state.value.wipeChoices)
        assertEquals(10, welcome.state.value.wipeAfter)
        welcome.chooseWipe(null)
        assertEquals(10, welcome.state.value.wipeAfter, "a PIN's wipe cannot be turned off")
        welcome.chooseWipe(5)
        welcome.create()
        assertTrue(app.screen.value is Screen.Home)
        assertEquals(5u, app.vault.wipeAfterFailures())
        // The passphrases left the holder's state once the vault existed.
        assertEquals("", welcome.state.value.passphrase)

        home(app).settings()
        val settings = (app.screen.value as Screen.Settings).model
        settings.setWipe(null)
        assertEquals("wipe_refused", settings.state.value.notice)
        assertEquals(5u, app.vault.wipeAfterFailures())
    }

    @Test
    fun `passphrase, duress, wipe, language, lock delay and camouflage`(@TempDir dir: Path) = runBlocking<Unit> {
        val (app, platform) = newApp(dir.toFile())
        firstRun(app).settings()
        val settings = (app.screen.value as Screen.Settings).model
        val next = "a different river stone at dusk"
        settings.open(PassphraseForm.NEW_PASSPHRASE)
        settings.firstChanged(next)
        settings.repeatChanged(next + "x")
        settings.save()
        assertEquals("passphrase_mismatch", settings.state.value.notice)
        settings.repeatChanged(next)
        settings.save()
        assertEquals("saved", settings.state.value.notice)
        assertNull(settings.state.value.form)

        settings.open(PassphraseForm.DURESS)
        settings.firstChanged(DURESS)
        settings.repeatChanged(DURESS)
        settings.save()
        assertEquals("saved", settings.state.value.notice)

        settings.setWipe(10)
        assertEquals(10u, app.vault.wipeAfterFailures())
        settings.setLanguage("uk")
        assertEquals("uk", app.texts.value.language)
        assertEquals("Налаштування", app.texts.value.get("settings_title"))
        settings.setLanguage("xx")
        assertEquals("uk", app.prefs.language)
        settings.setLockDelay(300_000)
        assertEquals(300_000L, app.prefs.lockDelayMs)
        settings.setLockDelay(12_345)
        assertEquals(300_000L, app.prefs.lockDelayMs)
        settings.setCamouflage(Camouflage.CALCULATOR)
        assertEquals(Camouflage.CALCULATOR, platform.camouflage)

        app.lock()
        val unlock = (app.screen.value as Screen.Unlock).model
        assertEquals("app_name_calculator", unlock.titleKey, "the unlock screen takes the launcher's name")
        unlock.passphraseChanged(PASSPHRASE)
        unlock.open()
        assertTrue(unlock.state.value.wrong, "the old passphrase still opens")
        unlock.passphraseChanged(next)
        unlock.open()
        assertTrue(app.screen.value is Screen.Home)
    }

    @Test
    fun `the background sync runs only when it can do something`() {
        val open = SyncInputs(unlocked = true, enrolled = true, pending = 2, keyMismatch = false)
        assertEquals(SyncDecision.RUN, decideSync(open))
        assertEquals(SyncDecision.SKIP_LOCKED, decideSync(open.copy(unlocked = false)))
        assertEquals(SyncDecision.SKIP_NOT_ENROLLED, decideSync(open.copy(enrolled = false)))
        assertEquals(SyncDecision.SKIP_NOTHING_WAITS, decideSync(open.copy(pending = 0)))
        assertEquals(SyncDecision.SKIP_KEY_MISMATCH, decideSync(open.copy(keyMismatch = true)))
        assertEquals(SyncDecision.SKIP_LOCKED, decideSync(open.copy(unlocked = false, keyMismatch = true)))

        assertEquals(SyncRunResult.SUCCESS, afterSync(SyncOutcome.Finished(0, null)))
        assertEquals(SyncRunResult.RETRY, afterSync(SyncOutcome.Finished(3, "connection refused")))
        assertEquals(SyncRunResult.SUCCESS, afterSync(SyncOutcome.Finished(0, "late error, all sent")))
        assertEquals(SyncRunResult.RETRY, afterSync(SyncOutcome.NetworkUnavailable))
        assertEquals(SyncRunResult.STOP, afterSync(SyncOutcome.KeyMismatch))
        assertEquals(SyncRunResult.STOP, afterSync(SyncOutcome.Locked))
        assertEquals(SyncRunResult.RETRY, afterSync(SyncOutcome.Failed))
    }
}
