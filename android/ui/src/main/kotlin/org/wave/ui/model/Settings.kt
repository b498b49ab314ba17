//! The settings screen's state holder: change passphrase, set or change the duress passphrase
//! (the screen looks the same whether one exists), the wipe after failed unlocks, language,
//! background lock delay, camouflage, and the panic wipe behind one confirmation.
package org.wave.ui.model

import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.withContext
import org.wave.core.PassphraseStrength
import org.wave.core.WaveException
import org.wave.core.passphraseStrength

/** Which passphrase form is open. */
enum class PassphraseForm { NEW_PASSPHRASE, DURESS }

data class SettingsState(
    val form: PassphraseForm? = null,
    val first: String = "",
    val repeat: String = "",
    val strength: PassphraseStrength? = null,
    val working: Boolean = false,
    val wipeAfter: Int? = null,
    val language: String = "en",
    val lockDelayMs: Long = DEFAULT_LOCK_DELAY_MS,
    val camouflage: Camouflage = Camouflage.WAVE,
    val confirmPanic: Boolean = false,
    /** A string key: "saved", or what went wrong. */
    val notice: String? = null,
    /** The core's own message, already in her language. */
    val coreMessage: String? = null,
) {
    val canSave: Boolean get() = strength?.acceptable == true && first == repeat && !working
}

class SettingsModel(private val app: WaveApp) {
    private val _state = MutableStateFlow(
        SettingsState(
            wipeAfter = runCatching { app.vault.wipeAfterFailures()?.toInt() }.getOrNull(),
            language = app.prefs.language,
            lockDelayMs = app.prefs.lockDelayMs,
            camouflage = app.prefs.camouflage,
        ),
    )
    val state: StateFlow<SettingsState> = _state.asStateFlow()

    fun open(form: PassphraseForm) {
        _state.value = _state.value.copy(form = form, first = "", repeat = "", strength = null, notice = null, coreMessage = null)
    }

    fun closeForm() {
        _state.value = _state.value.copy(form = null, first = "", repeat = "", strength = null)
    }

    suspend fun firstChanged(text: String) {
        _state.value = _state.value.copy(first = text, notice = null, coreMessage = null)
        val strength = if (text.isEmpty()) {
            null
        } else {
            withContext(app.io) {
                passphraseStrength(text, app.language, app.platform.keystore != null, _state.value.wipeAfter?.toUInt())
            }
        }
        if (_state.value.first == text) _state.value = _state.value.copy(strength = strength)
    }

    fun repeatChanged(text: String) {
        _state.value = _state.value.copy(repeat = text, notice = null)
    }

    suspend fun save() {
        val s = _state.value
        val form = s.form ?: return
        if (s.first != s.repeat) {
            _state.value = s.copy(notice = "passphrase_mismatch")
            return
        }
        if (!s.canSave) return
        _state.value = s.copy(working = true)
        val result = try {
            when (form) {
                PassphraseForm.NEW_PASSPHRASE -> app.vault.changePassphrase(s.first)
                PassphraseForm.DURESS -> app.vault.setDuressPassphrase(s.first)
            }
            null to "saved"
        } catch (e: WaveException.WeakPassphrase) {
            e.detail to null
        } catch (e: WaveException.InvalidInput) {
            e.detail to null
        } catch (e: WaveException) {
            null to "error_generic"
        }
        _state.value = _state.value.copy(
            form = if (result.second == "saved") null else form,
            first = "",
            repeat = "",
            strength = null,
            working = false,
            coreMessage = result.first,
            notice = result.second,
        )
    }

    suspend fun setWipe(after: Int?) {
        val ok = withContext(app.io) {
            try {
                app.vault.setWipeAfterFailures(after?.toUInt())
                true
            } catch (e: WaveException) {
                false
            }
        }
        _state.value = if (ok) {
            _state.value.copy(wipeAfter = after, notice = "saved")
        } else {
            // With a PIN as passphrase the core keeps the wipe on and at 10 or fewer.
            _state.value.copy(notice = "wipe_refused")
        }
    }

    fun setLanguage(language: String) {
        if (language !in APP_LANGUAGES) return
        app.setLanguage(language)
        _state.value = _state.value.copy(language = language, notice = null)
    }

    fun setLockDelay(ms: Long) {
        if (ms !in LOCK_DELAYS_MS) return
        app.prefs.lockDelayMs = ms
        _state.value = _state.value.copy(lockDelayMs = ms)
    }

    fun setCamouflage(camouflage: Camouflage) {
        app.prefs.camouflage = camouflage
        app.platform.applyCamouflage(camouflage)
        _state.value = _state.value.copy(camouflage = camouflage)
    }

    fun askPanic() {
        _state.value = _state.value.copy(confirmPanic = true)
    }

    fun cancelPanic() {
        _state.value = _state.value.copy(confirmPanic = false)
    }

    /** Erases everything, then the app starts over as on a fresh install. */
    suspend fun panicWipe() {
        if (!_state.value.confirmPanic) return
        withContext(app.io) {
            try {
                app.vault.wipe()
            } catch (e: WaveException) {
                // The start screen below is chosen from what is left: the welcome screens when
                // the key file is gone, the unlock screen if the wipe could not even begin.
            }
        }
        app.wiped()
    }
}
